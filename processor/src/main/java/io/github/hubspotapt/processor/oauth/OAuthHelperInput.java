package io.github.hubspotapt.processor.oauth;

import io.github.hubspotapt.processor.component.AppComponent;
import io.github.hubspotapt.processor.model.Auth;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.ReadLog;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What the OAuth helper is generated from: the {@code @HubSpotApp} class, its uid and its {@code @Auth}, every value
 * read.
 *
 * <p>Read on its own rather than through the whole project, because the helper is written in the first round of
 * processing: there, javac may not have completed the default values of annotation types that no source names yet
 * (a defaulted {@code permittedUrls} reads as an unusable proxy), while {@code uid} and {@code @Auth} are always
 * written on the class itself.
 */
public record OAuthHelperInput(TypeElement appClass, String uid, Auth auth) {

  /** Empty when {@code appClass} has no {@code @HubSpotApp} or no {@code @Auth}, or a value of them cannot be read. */
  public static Optional<OAuthHelperInput> read(TypeElement appClass, Elements elements) {
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
    return Optional.of(new OAuthHelperInput(appClass, uid, read));
  }
}
