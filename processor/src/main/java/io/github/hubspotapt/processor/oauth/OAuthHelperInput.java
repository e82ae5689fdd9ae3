package io.github.hubspotapt.processor.oauth;

import io.github.hubspotapt.processor.model.Auth;
import io.github.hubspotapt.processor.model.AuthType;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.ReadLog;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
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
    MirrorReader app = find(appClass, AnnotationNames.HUBSPOT_APP, elements, log);
    MirrorReader auth = find(appClass, AnnotationNames.AUTH, elements, log);
    if (app == null || auth == null) {
      return Optional.empty();
    }
    String uid = app.string("uid").value();
    Auth read = new Auth(
        auth.origin(),
        auth.enumConstant("type", AuthType.class),
        auth.strings("redirectUrls"),
        auth.strings("requiredScopes"),
        auth.strings("optionalScopes"),
        auth.strings("conditionallyRequiredScopes"));
    if (!log.complete() || uid == null || !read.type().isPresent()) {
      return Optional.empty();
    }
    return Optional.of(new OAuthHelperInput(appClass, uid, read));
  }

  private static MirrorReader find(Element element, String annotation, Elements elements, ReadLog log) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement() instanceof TypeElement type
          && type.getQualifiedName().contentEquals(annotation)) {
        return new MirrorReader(element, mirror, elements, log);
      }
    }
    return null;
  }
}
