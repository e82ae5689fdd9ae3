package io.github.hubspotapt.processor.diagnostics;

import static io.github.hubspotapt.processor.diagnostics.Severity.ERROR;
import static io.github.hubspotapt.processor.diagnostics.Severity.WARNING;

/**
 * Every diagnostic the processor can print, with the stable id that starts its message and its default severity.
 * The ids are public API: users reference them in {@code -Ahubspot.severity.<id>} and
 * {@code @SuppressWarnings("hubspot:<id>")}, so an id never changes once released.
 */
public enum RuleId {
  // Processor and options
  INTERNAL_ERROR("HS-INTERNAL-ERROR", ERROR, "the processor failed on this element; please report it"),
  OPTION_INVALID("HS-OPTION-INVALID", ERROR, "a -Ahubspot.* processor option has a value that is not allowed"),
  OUTPUT_FAILED("HS-OUTPUT-FAILED", ERROR, "a project file could not be written"),

  // Project (hsproject.json)
  APP_DUPLICATE("HS-APP-DUPLICATE", ERROR, "more than one @HubSpotApp in one compilation"),
  PROJECT_NAME("HS-PROJECT-NAME", ERROR, "hsproject.json name must not be blank"),
  PROJECT_SRC_DIR("HS-PROJECT-SRC-DIR", ERROR, "hsproject.json srcDir must be a plain relative folder inside the project"),

  // Envelope
  UID_LENGTH("HS-UID-LENGTH", ERROR, "a uid must be 1 to 64 characters"),
  UID_CHARACTERS("HS-UID-CHARACTERS", ERROR, "a uid may use only letters, digits, '_', '.' and '-'"),

  // App (app-hsmeta.json)
  APP_NAME_LENGTH("HS-APP-NAME-LENGTH", ERROR, "the app name must be 1 to 200 characters"),
  APP_NAME_WHITESPACE("HS-APP-NAME-WHITESPACE", ERROR, "the app name must not start or end with whitespace"),
  APP_DESCRIPTION_LENGTH("HS-APP-DESCRIPTION-LENGTH", ERROR, "the app description must be 1 to 8192 characters"),
  AUTH_MISSING("HS-AUTH-MISSING", ERROR, "the @HubSpotApp class has no @Auth"),
  AUTH_WITHOUT_APP("HS-AUTH-WITHOUT-APP", ERROR, "@Auth is on a class without @HubSpotApp"),
  AUTH_DISTRIBUTION("HS-AUTH-DISTRIBUTION", ERROR, "marketplace apps need oauth; static auth is only for private apps"),
  AUTH_REDIRECT_REQUIRED("HS-AUTH-REDIRECT-REQUIRED", ERROR, "an oauth app needs at least one redirect URL"),
  AUTH_REDIRECT_URL("HS-AUTH-REDIRECT-URL", ERROR, "a redirect URL must be https:// or http://localhost, with a domain name"),
  AUTH_STATIC_REDIRECT("HS-AUTH-STATIC-REDIRECT", WARNING, "a static-auth app has no install redirect; redirect URLs are ignored"),
  AUTH_STATIC_SCOPES("HS-AUTH-STATIC-SCOPES", WARNING, "static-auth apps can only use required scopes"),
  SCOPE_REQUIRED("HS-SCOPE-REQUIRED", ERROR, "an app needs at least one required scope"),
  SCOPE_FORMAT("HS-SCOPE-FORMAT", ERROR, "a scope name uses lower-case letters, digits, '.', '_' and '-'"),
  SCOPE_UNKNOWN("HS-SCOPE-UNKNOWN", WARNING, "a scope that HubSpot's documentation and API specs do not list"),
  SCOPE_DUPLICATE("HS-SCOPE-DUPLICATE", WARNING, "a scope listed more than once across the scope lists"),
  PERMITTED_URL_FETCH("HS-PERMITTED-URL-FETCH", ERROR, "permittedUrls.fetch entries must be https:// URLs, never localhost"),
  PERMITTED_URL_HTTPS("HS-PERMITTED-URL-HTTPS", WARNING, "permittedUrls.iframe and img entries should be https:// URLs"),
  SUPPORT_EMAIL("HS-SUPPORT-EMAIL", ERROR, "support.supportEmail must be an e-mail address"),
  SUPPORT_URL("HS-SUPPORT-URL", ERROR, "support.documentationUrl and supportUrl must be https:// URLs"),
  SUPPORT_PHONE("HS-SUPPORT-PHONE", ERROR, "support.supportPhone must be in international format, starting with '+'");

  private final String id;
  private final Severity defaultSeverity;
  private final String summary;

  RuleId(String id, Severity defaultSeverity, String summary) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.summary = summary;
  }

  /** The id as printed, e.g. {@code HS-APP-NAME-LENGTH}. */
  public String id() {
    return id;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** One line on what the rule checks, for option errors and the documentation. */
  public String summary() {
    return summary;
  }
}
