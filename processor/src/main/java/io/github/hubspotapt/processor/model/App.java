package io.github.hubspotapt.processor.model;

/**
 * {@code @HubSpotApp} with its {@code @Auth}: everything {@code hsproject.json} and {@code
 * app-hsmeta.json} are written from. {@code auth} is null when the class has no {@code @Auth}.
 * {@code fileName} is the app file's name the team chose, empty for {@code app-hsmeta.json}.
 */
public record App(
    Origin origin,
    Located<String> uid,
    @Verbatim Located<String> fileName,
    Located<String> name,
    Located<String> description,
    Located<Distribution> distribution,
    Located<String> logo,
    Located<Boolean> userLevel,
    PermittedUrls permittedUrls,
    Support support,
    @Verbatim Located<String> projectName,
    Located<PlatformVersion> platformVersion,
    @Verbatim Located<String> srcDir,
    Auth auth) {

  /** {@code hsproject.json}'s name: the explicit project name, else the app name. */
  public String effectiveProjectName() {
    String explicit = projectName.value();
    return explicit == null || explicit.isEmpty() ? name.value() : explicit;
  }
}
