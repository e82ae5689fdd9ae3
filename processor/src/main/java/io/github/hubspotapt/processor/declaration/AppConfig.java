package io.github.hubspotapt.processor.declaration;

import java.util.List;

/**
 * {@code @HubSpotApp} with its {@code @Auth}: the {@code config} of the app's file and {@code
 * hsproject.json}. Code rather than declaration: the app's uid and file name (the envelope, not
 * {@code config}), {@link #PROJECT_NAME} (written only when it differs from the app's name), the
 * platform version's spelling, {@code @Auth}'s {@link #REDIRECT_URLS} (written for OAuth apps only)
 * and the {@code auth} object itself, which {@code @Auth} beside {@code @HubSpotApp} declares.
 */
public final class AppConfig {

  public static final ConfigKey NAME = ConfigKey.string("name");
  public static final ConfigKey DESCRIPTION = ConfigKey.string("description");
  public static final ConfigKey DISTRIBUTION = ConfigKey.enumValue("distribution");
  public static final ConfigKey LOGO = ConfigKey.string("logo").omittedWhenUnset();

  /** Account-level is HubSpot's default; the key is written only for a user-level app. */
  public static final ConfigKey USER_LEVEL =
      ConfigKey.bool("userLevel").inJsonAs("isUserLevel").omittedWhenUnset();

  public static final ConfigKey FETCH = ConfigKey.strings("fetch");
  public static final ConfigKey IFRAME = ConfigKey.strings("iframe");
  public static final ConfigKey IMG = ConfigKey.strings("img");

  /** Always written, with its three lists. */
  public static final ConfigKey PERMITTED_URLS =
      ConfigKey.nested(
          "permittedUrls", AnnotationDeclaration.of("PermittedUrls", FETCH, IFRAME, IMG));

  public static final ConfigKey SUPPORT_EMAIL = ConfigKey.string("supportEmail").omittedWhenUnset();
  public static final ConfigKey DOCUMENTATION_URL =
      ConfigKey.string("documentationUrl").omittedWhenUnset();
  public static final ConfigKey SUPPORT_URL = ConfigKey.string("supportUrl").omittedWhenUnset();
  public static final ConfigKey SUPPORT_PHONE = ConfigKey.string("supportPhone").omittedWhenUnset();

  /** Written only when one of its values is set. */
  public static final ConfigKey SUPPORT =
      ConfigKey.nested(
              "support",
              AnnotationDeclaration.of(
                  "Support", SUPPORT_EMAIL, DOCUMENTATION_URL, SUPPORT_URL, SUPPORT_PHONE))
          .omittedWhenUnset();

  /**
   * {@code @HubSpotApp}'s keys in the app's {@code config}, in the order of its members; the
   * processor writes them in the order of HubSpot's app template: description, name, logo,
   * distribution, isUserLevel, auth, permittedUrls, support.
   */
  public static final AnnotationDeclaration APP =
      AnnotationDeclaration.of(
          "HubSpotApp", NAME, DESCRIPTION, DISTRIBUTION, LOGO, USER_LEVEL, PERMITTED_URLS, SUPPORT);

  /** The key of the {@code @Auth} object, written between {@link #USER_LEVEL} and the URLs. */
  public static final String AUTH_KEY = "auth";

  public static final ConfigKey AUTH_TYPE = ConfigKey.enumValue("type");
  public static final ConfigKey REDIRECT_URLS = ConfigKey.strings("redirectUrls");
  public static final ConfigKey REQUIRED_SCOPES =
      ConfigKey.strings("requiredScopes").spelledBy("Scopes");
  public static final ConfigKey OPTIONAL_SCOPES =
      ConfigKey.strings("optionalScopes").spelledBy("Scopes");
  public static final ConfigKey CONDITIONALLY_REQUIRED_SCOPES =
      ConfigKey.strings("conditionallyRequiredScopes").spelledBy("Scopes");

  public static final AnnotationDeclaration AUTH =
      AnnotationDeclaration.of(
          "Auth",
          AUTH_TYPE,
          REDIRECT_URLS,
          REQUIRED_SCOPES,
          OPTIONAL_SCOPES,
          CONDITIONALLY_REQUIRED_SCOPES);

  /** {@code hsproject.json}'s project name, written only when it differs from the app's. */
  public static final ConfigKey PROJECT_NAME = ConfigKey.string("projectName").inJsonAs("name");

  public static final ConfigKey SRC_DIR = ConfigKey.string("srcDir");
  public static final ConfigKey PLATFORM_VERSION = ConfigKey.enumValue("platformVersion");

  /** {@code @HubSpotApp}'s keys in {@code hsproject.json}, in the order they are written. */
  public static final List<ConfigKey> PROJECT = List.of(PROJECT_NAME, SRC_DIR, PLATFORM_VERSION);

  private AppConfig() {}
}
