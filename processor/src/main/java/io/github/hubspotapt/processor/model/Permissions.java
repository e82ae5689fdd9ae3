package io.github.hubspotapt.processor.model;

import java.util.List;

/**
 * {@code @Permissions}: the top-level {@code permissions} of a component's file, the scopes the
 * component needs beside the app's. {@code origin} points at the component annotation's {@code
 * permissions} member.
 */
public record Permissions(
    Origin origin,
    List<Located<String>> requiredScopes,
    List<Located<String>> optionalScopes,
    List<Located<String>> conditionallyRequiredScopes) {

  /**
   * No scope in any list: nothing is written, as HubSpot's parser refuses even an empty block
   * before 2026.09-beta.
   */
  public boolean isEmpty() {
    return requiredScopes.isEmpty()
        && optionalScopes.isEmpty()
        && conditionallyRequiredScopes.isEmpty();
  }
}
