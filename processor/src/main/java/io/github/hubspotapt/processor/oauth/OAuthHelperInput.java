package io.github.hubspotapt.processor.oauth;

import io.github.hubspotapt.processor.component.AppComponent;
import io.github.hubspotapt.processor.model.Auth;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.ReadLog;
import io.github.hubspotapt.processor.rules.Substitution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What the OAuth helper is generated from: the {@code @HubSpotApp} class, its uid and its
 * {@code @Auth}, every value read.
 *
 * <p>Read on its own rather than through the whole project, because the helper is written in the
 * first round of processing: there, javac may not have completed the default values of annotation
 * types that no source names yet (a defaulted {@code permittedUrls} reads as an unusable proxy),
 * while {@code uid} and {@code @Auth} are always written on the class itself.
 */
public record OAuthHelperInput(
    TypeElement appClass, String uid, Auth auth, Map<String, List<String>> profileRedirectUrls) {

  /**
   * Empty when {@code appClass} has no {@code @HubSpotApp} or no {@code @Auth}, or a value of them
   * cannot be read. {@code profiles} are the app's; each gives its redirect URLs, its variables put
   * into {@code @Auth(redirectUrls)}.
   */
  public static Optional<OAuthHelperInput> read(
      TypeElement appClass, Elements elements, List<Profile> profiles) {
    ReadLog log = new ReadLog();
    MirrorReader app = MirrorReader.find(appClass, AppComponent.HUBSPOT_APP, elements, log);
    MirrorReader auth = MirrorReader.find(appClass, AppComponent.AUTH, elements, log);
    if (app == null || auth == null) {
      return Optional.empty();
    }
    String uid = app.string(AppComponent.UID).value();
    Auth read = AppComponent.readAuth(auth);
    if (!log.complete() || uid == null || !read.type().isPresent()) {
      return Optional.empty();
    }
    Map<String, List<String>> redirectUrls = new LinkedHashMap<>();
    for (Profile profile : profiles) {
      if (profile.name().value() != null) {
        redirectUrls.putIfAbsent(
            profile.name().value(),
            Substitution.substituted(profile, read).redirectUrls().stream()
                .map(Located::value)
                .toList());
      }
    }
    return Optional.of(new OAuthHelperInput(appClass, uid, read, redirectUrls));
  }
}
