package io.github.hubspotapt.processor.model;

import java.util.List;

/** {@code @Auth}: the {@code config.auth} block. */
public record Auth(
    Origin origin,
    Located<AuthType> type,
    List<Located<String>> redirectUrls,
    List<Located<String>> requiredScopes,
    List<Located<String>> optionalScopes,
    List<Located<String>> conditionallyRequiredScopes) {}
