package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Auth;
import io.github.hubspotapt.processor.model.AuthType;
import io.github.hubspotapt.processor.model.Distribution;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.PermittedUrls;
import io.github.hubspotapt.processor.model.PlatformVersion;
import io.github.hubspotapt.processor.model.Support;
import io.github.hubspotapt.processor.read.AnnotationMembers;
import io.github.hubspotapt.processor.read.AnnotationNames;
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

  private static final String FILE_NAME = "fileName";
  private static final String NAME = "name";
  private static final String DESCRIPTION = "description";
  private static final String DISTRIBUTION = "distribution";
  private static final String LOGO = "logo";
  private static final String USER_LEVEL = "userLevel";
  private static final String PERMITTED_URLS = "permittedUrls";
  private static final String SUPPORT = "support";
  private static final String PROJECT_NAME = "projectName";
  private static final String PLATFORM_VERSION = "platformVersion";
  private static final String SRC_DIR = "srcDir";
  private static final String TYPE = "type";
  private static final String REDIRECT_URLS = "redirectUrls";
  private static final String REQUIRED_SCOPES = "requiredScopes";
  private static final String OPTIONAL_SCOPES = "optionalScopes";
  private static final String CONDITIONALLY_REQUIRED_SCOPES = "conditionallyRequiredScopes";
  private static final String FETCH = "fetch";
  private static final String IFRAME = "iframe";
  private static final String IMG = "img";
  private static final String SUPPORT_EMAIL = "supportEmail";
  private static final String DOCUMENTATION_URL = "documentationUrl";
  private static final String SUPPORT_URL = "supportUrl";
  private static final String SUPPORT_PHONE = "supportPhone";

  public static final AnnotationMembers HUBSPOT_APP =
      AnnotationMembers.of(
          AnnotationNames.HUBSPOT_APP,
          UID,
          FILE_NAME,
          NAME,
          DESCRIPTION,
          DISTRIBUTION,
          LOGO,
          USER_LEVEL,
          PERMITTED_URLS,
          SUPPORT,
          PROJECT_NAME,
          PLATFORM_VERSION,
          SRC_DIR);
  public static final AnnotationMembers AUTH =
      AnnotationMembers.of(
          AnnotationNames.AUTH,
          TYPE,
          REDIRECT_URLS,
          REQUIRED_SCOPES,
          OPTIONAL_SCOPES,
          CONDITIONALLY_REQUIRED_SCOPES);
  private static final AnnotationMembers URLS =
      AnnotationMembers.of(AnnotationNames.PACKAGE + ".PermittedUrls", FETCH, IFRAME, IMG);
  private static final AnnotationMembers SUPPORT_MEMBERS =
      AnnotationMembers.of(
          AnnotationNames.PACKAGE + ".Support",
          SUPPORT_EMAIL,
          DOCUMENTATION_URL,
          SUPPORT_URL,
          SUPPORT_PHONE);

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
        app.string(NAME),
        app.string(DESCRIPTION),
        app.enumConstant(DISTRIBUTION, Distribution.class),
        app.string(LOGO),
        app.bool(USER_LEVEL),
        permittedUrls(app.annotation(PERMITTED_URLS, URLS)),
        support(app.annotation(SUPPORT, SUPPORT_MEMBERS), app),
        app.string(PROJECT_NAME),
        app.enumConstant(PLATFORM_VERSION, PlatformVersion.class),
        app.string(SRC_DIR),
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
        auth.enumConstant(TYPE, AuthType.class),
        auth.strings(REDIRECT_URLS),
        auth.strings(REQUIRED_SCOPES),
        auth.strings(OPTIONAL_SCOPES),
        auth.strings(CONDITIONALLY_REQUIRED_SCOPES));
  }

  private static PermittedUrls permittedUrls(MirrorReader urls) {
    if (urls == null) {
      return new PermittedUrls(List.of(), List.of(), List.of());
    }
    return new PermittedUrls(urls.strings(FETCH), urls.strings(IFRAME), urls.strings(IMG));
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
        support.string(SUPPORT_EMAIL),
        support.string(DOCUMENTATION_URL),
        support.string(SUPPORT_URL),
        support.string(SUPPORT_PHONE));
  }

  /** All of {@code hsproject.json}. */
  static JsonObject project(App app, ConfigContext context) {
    return context
        .object()
        .put("name", app.effectiveProjectName())
        .put("srcDir", app.srcDir().value())
        .put("platformVersion", app.platformVersion().value().json());
  }

  /** The {@code config} of {@code app-hsmeta.json}. */
  static JsonObject config(App app, ConfigContext context) {
    JsonObject config = context.object();
    config.put("description", app.description().value());
    config.put("name", app.name().value());
    config.putIfSet("logo", app.logo());
    config.put("distribution", app.distribution().value().json());
    // Account-level is HubSpot's default; the key is written only for a user-level app.
    if (Boolean.TRUE.equals(app.userLevel().value())) {
      config.put("isUserLevel", true);
    }
    config.set("auth", auth(app.auth(), context));
    config.set("permittedUrls", permittedUrls(app.permittedUrls(), context));
    if (!app.support().isEmpty()) {
      config.set("support", support(app.support(), context));
    }
    return config;
  }

  private static JsonObject auth(Auth auth, ConfigContext context) {
    JsonObject node = context.object();
    node.put("type", auth.type().value().json());
    // Static apps have no install redirect; HubSpot's static templates leave the key out.
    if (auth.type().value() == AuthType.OAUTH) {
      node.putStrings("redirectUrls", auth.redirectUrls());
    }
    node.putStrings("requiredScopes", auth.requiredScopes());
    node.putStrings("optionalScopes", auth.optionalScopes());
    node.putStrings("conditionallyRequiredScopes", auth.conditionallyRequiredScopes());
    return node;
  }

  private static JsonObject permittedUrls(PermittedUrls urls, ConfigContext context) {
    return context
        .object()
        .putStrings("fetch", urls.fetch())
        .putStrings("iframe", urls.iframe())
        .putStrings("img", urls.img());
  }

  private static JsonObject support(Support support, ConfigContext context) {
    return context
        .object()
        .putIfSet("supportEmail", support.supportEmail())
        .putIfSet("documentationUrl", support.documentationUrl())
        .putIfSet("supportUrl", support.supportUrl())
        .putIfSet("supportPhone", support.supportPhone());
  }
}
