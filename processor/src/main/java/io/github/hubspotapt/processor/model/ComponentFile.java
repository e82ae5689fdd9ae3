package io.github.hubspotapt.processor.model;

/**
 * What every component annotation says about its {@code *-hsmeta.json} besides the uid and the
 * config: the file's name when the team chose one ({@code fileName}, empty for the processor's own
 * naming), and the component's {@code permissions}. Both are the same in every profile: a file's
 * name is no string of its content, and HubSpot's CLI does not substitute {@code permissions}.
 */
public record ComponentFile(@Verbatim Located<String> fileName, @Verbatim Permissions permissions) {

  /** Whether the team named the file itself. */
  public boolean named() {
    return fileName.value() != null && !fileName.value().isEmpty();
  }
}
