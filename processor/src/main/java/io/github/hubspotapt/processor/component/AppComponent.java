package io.github.hubspotapt.processor.component;

import static io.github.hubspotapt.processor.declaration.AppConfig.AUTH_KEY;
import static io.github.hubspotapt.processor.declaration.AppConfig.AUTH_TYPE;
import static io.github.hubspotapt.processor.declaration.AppConfig.CONDITIONALLY_REQUIRED_SCOPES;
import static io.github.hubspotapt.processor.declaration.AppConfig.DESCRIPTION;
import static io.github.hubspotapt.processor.declaration.AppConfig.DISTRIBUTION;
import static io.github.hubspotapt.processor.declaration.AppConfig.DOCUMENTATION_URL;
import static io.github.hubspotapt.processor.declaration.AppConfig.FETCH;
import static io.github.hubspotapt.processor.declaration.AppConfig.IFRAME;
import static io.github.hubspotapt.processor.declaration.AppConfig.IMG;
import static io.github.hubspotapt.processor.declaration.AppConfig.LOGO;
import static io.github.hubspotapt.processor.declaration.AppConfig.NAME;
import static io.github.hubspotapt.processor.declaration.AppConfig.OPTIONAL_SCOPES;
import static io.github.hubspotapt.processor.declaration.AppConfig.PERMITTED_URLS;
import static io.github.hubspotapt.processor.declaration.AppConfig.PLATFORM_VERSION;
import static io.github.hubspotapt.processor.declaration.AppConfig.PROJECT_NAME;
import static io.github.hubspotapt.processor.declaration.AppConfig.REDIRECT_URLS;
import static io.github.hubspotapt.processor.declaration.AppConfig.REQUIRED_SCOPES;
import static io.github.hubspotapt.processor.declaration.AppConfig.SRC_DIR;
import static io.github.hubspotapt.processor.declaration.AppConfig.SUPPORT;
import static io.github.hubspotapt.processor.declaration.AppConfig.SUPPORT_EMAIL;
import static io.github.hubspotapt.processor.declaration.AppConfig.SUPPORT_PHONE;
import static io.github.hubspotapt.processor.declaration.AppConfig.SUPPORT_URL;
import static io.github.hubspotapt.processor.declaration.AppConfig.USER_LEVEL;

import io.github.hubspotapt.processor.declaration.AppConfig;
import io.github.hubspotapt.processor.declaration.ComponentDeclaration;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Auth;
import io.github.hubspotapt.processor.model.AuthType;
import io.github.hubspotapt.processor.model.Distribution;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.PermittedUrls;
import io.github.hubspotapt.processor.model.PlatformVersion;
import io.github.hubspotapt.processor.model.Support;
import io.github.hubspotapt.processor.read.AnnotationMembers;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.JsonObject;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * {@code @HubSpotApp} with its {@code @Auth}: read into the model's {@link App}, written as {@code
 * hsproject.json} and the {@code config} of {@code app-hsmeta.json}.
 *
 * <p>Shaped like a {@link Component}, but not one: the app is the project itself rather than a
 * feature in it (the model keeps it apart, with no {@code ComponentType}), it is made of two
 * annotations of which {@code @Auth} is also read alone, before the project, for the OAuth helper,
 * it writes a second file outside its folder, and its rules apply to every project, so there is no
 * rule group to choose.
 */
public final class AppComponent {

  /** {@code @HubSpotApp}'s uid, which the OAuth helper also reads. */
  public static final String UID = "uid";

  private static final String FILE_NAME = ComponentDeclaration.FILE_NAME;

  public static final AnnotationMembers HUBSPOT_APP =
      AnnotationMembers.of(
          AppConfig.APP.qualifiedName(),
          UID,
          FILE_NAME,
          NAME.member(),
          DESCRIPTION.member(),
          DISTRIBUTION.member(),
          LOGO.member(),
          USER_LEVEL.member(),
          PERMITTED_URLS.member(),
          SUPPORT.member(),
          PROJECT_NAME.member(),
          PLATFORM_VERSION.member(),
          SRC_DIR.member());
  public static final AnnotationMembers AUTH = Component.members(AppConfig.AUTH);
  private static final AnnotationMembers URLS = Component.members(PERMITTED_URLS.nested());
  private static final AnnotationMembers SUPPORT_MEMBERS = Component.members(SUPPORT.nested());

  private AppComponent() {}

  /** Every annotation type the app is read from. */
  static List<AnnotationMembers> reads() {
    return List.of(HUBSPOT_APP, AUTH, URLS, SUPPORT_MEMBERS);
  }

  /**
   * The app on {@code type}, with {@code auth}, the type's {@code @Auth} (null for none); null when
   * it has none.
   */
  static App read(TypeElement type, Auth auth, TypeReader reader) {
    MirrorReader app = reader.find(type, HUBSPOT_APP);
    if (app == null) {
      return null;
    }
    return new App(
        app.origin(),
        app.string(UID),
        app.string(FILE_NAME),
        app.string(NAME.member()),
        app.string(DESCRIPTION.member()),
        app.enumConstant(DISTRIBUTION.member(), Distribution.class),
        app.string(LOGO.member()),
        app.bool(USER_LEVEL.member()),
        permittedUrls(app.annotation(PERMITTED_URLS.member(), URLS)),
        support(app.annotation(SUPPORT.member(), SUPPORT_MEMBERS), app),
        app.string(PROJECT_NAME.member()),
        app.enumConstant(PLATFORM_VERSION.member(), PlatformVersion.class),
        app.string(SRC_DIR.member()),
        auth);
  }

  /** The {@code @Auth} on {@code type}, or null when it has none. */
  static Auth readAuth(TypeElement type, TypeReader reader) {
    MirrorReader auth = reader.find(type, AUTH);
    return auth == null ? null : readAuth(auth);
  }

  /**
   * {@code @Auth}, also read on its own for the OAuth helper, which is generated before the whole
   * project is read.
   */
  public static Auth readAuth(MirrorReader auth) {
    return new Auth(
        auth.origin(),
        auth.enumConstant(AUTH_TYPE.member(), AuthType.class),
        auth.strings(REDIRECT_URLS.member()),
        auth.strings(REQUIRED_SCOPES.member()),
        auth.strings(OPTIONAL_SCOPES.member()),
        auth.strings(CONDITIONALLY_REQUIRED_SCOPES.member()));
  }

  private static PermittedUrls permittedUrls(MirrorReader urls) {
    if (urls == null) {
      return new PermittedUrls(List.of(), List.of(), List.of());
    }
    return new PermittedUrls(
        urls.strings(FETCH.member()), urls.strings(IFRAME.member()), urls.strings(IMG.member()));
  }

  /**
   * An unreadable {@code support} (already logged) leaves every support value unreadable, placed at
   * the app.
   */
  private static Support support(MirrorReader support, MirrorReader app) {
    if (support == null) {
      Located<String> unreadable = new Located<>(null, app.origin());
      return new Support(unreadable, unreadable, unreadable, unreadable);
    }
    return new Support(
        support.string(SUPPORT_EMAIL.member()),
        support.string(DOCUMENTATION_URL.member()),
        support.string(SUPPORT_URL.member()),
        support.string(SUPPORT_PHONE.member()));
  }

  /** All of {@code hsproject.json}. */
  static JsonObject project(App app, ConfigContext context) {
    return context
        .object()
        .put(PROJECT_NAME.key(), app.effectiveProjectName())
        .put(SRC_DIR.key(), app.srcDir().value())
        .put(PLATFORM_VERSION.key(), app.platformVersion().value().json());
  }

  /** The {@code config} of {@code app-hsmeta.json}. */
  static JsonObject config(App app, ConfigContext context) {
    DeclaredConfig config =
        new DeclaredConfig(context.object())
            .string(DESCRIPTION, app.description())
            .string(NAME, app.name())
            .string(LOGO, app.logo());
    config.json().put(DISTRIBUTION.key(), app.distribution().value().json());
    config.bool(USER_LEVEL, Boolean.TRUE.equals(app.userLevel().value()));
    config.json().set(AUTH_KEY, auth(app.auth(), context));
    PermittedUrls urls = app.permittedUrls();
    config
        .nested(PERMITTED_URLS)
        .strings(FETCH, urls.fetch())
        .strings(IFRAME, urls.iframe())
        .strings(IMG, urls.img());
    if (!app.support().isEmpty()) {
      Support support = app.support();
      config
          .nested(SUPPORT)
          .string(SUPPORT_EMAIL, support.supportEmail())
          .string(DOCUMENTATION_URL, support.documentationUrl())
          .string(SUPPORT_URL, support.supportUrl())
          .string(SUPPORT_PHONE, support.supportPhone());
    }
    return config.json();
  }

  private static JsonObject auth(Auth auth, ConfigContext context) {
    DeclaredConfig node = new DeclaredConfig(context.object());
    node.json().put(AUTH_TYPE.key(), auth.type().value().json());
    // Static apps have no install redirect; HubSpot's static templates leave the key out.
    if (auth.type().value() == AuthType.OAUTH) {
      node.strings(REDIRECT_URLS, auth.redirectUrls());
    }
    return node.strings(REQUIRED_SCOPES, auth.requiredScopes())
        .strings(OPTIONAL_SCOPES, auth.optionalScopes())
        .strings(CONDITIONALLY_REQUIRED_SCOPES, auth.conditionallyRequiredScopes())
        .json();
  }
}
