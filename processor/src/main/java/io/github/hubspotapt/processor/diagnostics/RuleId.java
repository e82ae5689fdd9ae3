package io.github.hubspotapt.processor.diagnostics;

import static io.github.hubspotapt.processor.diagnostics.Severity.ERROR;
import static io.github.hubspotapt.processor.diagnostics.Severity.NOTE;
import static io.github.hubspotapt.processor.diagnostics.Severity.WARNING;

/**
 * Every diagnostic the processor can print, with the stable id that starts its message and its
 * default severity. The ids are public API: users reference them in {@code -Ahubspot.severity.<id>}
 * and {@code @SuppressWarnings("hubspot:<id>")}, so an id never changes once released.
 */
public enum RuleId {
  // Processor and options
  INTERNAL_ERROR(
      "HS-INTERNAL-ERROR", ERROR, "the processor failed on this element; please report it"),
  OPTION_INVALID(
      "HS-OPTION-INVALID", ERROR, "a -Ahubspot.* processor option has a value that is not allowed"),
  OUTPUT_FAILED("HS-OUTPUT-FAILED", ERROR, "a project file could not be written"),
  ANNOTATION_VERSION(
      "HS-ANNOTATION-VERSION",
      ERROR,
      "the annotations jar has an enum constant this processor does not know: the two jars' versions differ"),
  OUTPUT_LOCATION(
      "HS-OUTPUT-LOCATION",
      WARNING,
      "without javac -s or -Ahubspot.projectDir the project is not written"),

  // Project (hsproject.json)
  APP_DUPLICATE("HS-APP-DUPLICATE", ERROR, "more than one @HubSpotApp in one compilation"),
  PROJECT_NAME("HS-PROJECT-NAME", ERROR, "hsproject.json name must not be blank"),
  PROJECT_SRC_DIR(
      "HS-PROJECT-SRC-DIR", ERROR, "hsproject.json srcDir must name a folder inside the project"),

  // Envelope
  UID_LENGTH("HS-UID-LENGTH", ERROR, "a uid must be 1 to 64 characters"),
  UID_CHARACTERS(
      "HS-UID-CHARACTERS", ERROR, "a uid may use only letters, digits, '_', '.' and '-'"),

  // App (app-hsmeta.json)
  APP_NAME_LENGTH("HS-APP-NAME-LENGTH", ERROR, "the app name must be 1 to 200 characters"),
  APP_NAME_WHITESPACE(
      "HS-APP-NAME-WHITESPACE",
      ERROR,
      "the app name is one line, not starting or ending with whitespace"),
  APP_DESCRIPTION_LENGTH(
      "HS-APP-DESCRIPTION-LENGTH", ERROR, "the app description must be 1 to 8192 characters"),
  APP_LOGO(
      "HS-APP-LOGO",
      WARNING,
      "the app logo is a png, jpg, jpeg or gif of the project, /app/app-logo.png"),
  APP_USER_LEVEL(
      "HS-APP-USER-LEVEL",
      WARNING,
      "HubSpot documents user-level apps from platformVersion 2026.09 on, a beta before it"),
  AUTH_MISSING("HS-AUTH-MISSING", ERROR, "the @HubSpotApp class has no @Auth"),
  AUTH_WITHOUT_APP("HS-AUTH-WITHOUT-APP", ERROR, "@Auth is on a class without @HubSpotApp"),
  AUTH_DISTRIBUTION(
      "HS-AUTH-DISTRIBUTION",
      ERROR,
      "marketplace apps need oauth; static auth is only for private apps"),
  AUTH_REDIRECT_REQUIRED(
      "HS-AUTH-REDIRECT-REQUIRED", ERROR, "an oauth app needs at least one redirect URL"),
  AUTH_REDIRECT_URL(
      "HS-AUTH-REDIRECT-URL",
      ERROR,
      "a redirect URL is https://<domain> or http://localhost[:port], lower case, without query or fragment"),
  AUTH_STATIC_REDIRECT(
      "HS-AUTH-STATIC-REDIRECT",
      WARNING,
      "a static-auth app has no install redirect; redirect URLs are ignored"),
  AUTH_STATIC_SCOPES(
      "HS-AUTH-STATIC-SCOPES", WARNING, "static-auth apps can only use required scopes"),
  SCOPE_REQUIRED("HS-SCOPE-REQUIRED", ERROR, "an app needs at least one required scope"),
  SCOPE_FORMAT(
      "HS-SCOPE-FORMAT", ERROR, "a scope name uses lower-case letters, digits, '.', '_' and '-'"),
  SCOPE_UNKNOWN(
      "HS-SCOPE-UNKNOWN",
      WARNING,
      "a scope that HubSpot's documentation and API specs do not list"),
  SCOPE_TYPO(
      "HS-SCOPE-TYPO",
      ERROR,
      "a scope within two edits of a known scope, with a word no known scope uses"),
  SCOPE_DUPLICATE("HS-SCOPE-DUPLICATE", ERROR, "a scope listed twice in one scope list"),
  SCOPE_OTHER_LIST(
      "HS-SCOPE-OTHER-LIST", WARNING, "a scope listed in more than one of the three scope lists"),
  PERMITTED_URL_FETCH(
      "HS-PERMITTED-URL-FETCH",
      ERROR,
      "permittedUrls.fetch entries must be https:// URLs, never localhost"),
  PERMITTED_URL_HTTPS(
      "HS-PERMITTED-URL-HTTPS",
      ERROR,
      "permittedUrls.iframe and img entries are https:// URLs with a host"),
  SUPPORT_EMAIL(
      "HS-SUPPORT-EMAIL",
      ERROR,
      "support.supportEmail is an e-mail address of ajv-formats' email format"),
  SUPPORT_URL(
      "HS-SUPPORT-URL", ERROR, "support.documentationUrl and supportUrl must be https:// URLs"),
  SUPPORT_PHONE(
      "HS-SUPPORT-PHONE",
      ERROR,
      "support.supportPhone must be in international format, starting with '+'"),

  // Features (cards, settings, pages, functions, telemetry, scim, bulk actions)
  APP_MISSING("HS-APP-MISSING", ERROR, "a feature is declared but no class carries @HubSpotApp"),
  UID_DUPLICATE(
      "HS-UID-DUPLICATE",
      ERROR,
      "two components share a uid (the parser's functions package counts as one)"),
  UID_RESERVED(
      "HS-UID-RESERVED", WARNING, "the uid HubSpot's parser uses for the functions package"),
  FEATURE_SINGLE(
      "HS-FEATURE-SINGLE",
      ERROR,
      "a project has at most one of each single-instance type (settings, page, scim, ...)"),
  FEATURE_NAME(
      "HS-FEATURE-NAME", ERROR, "a card's name and a bulk action's label must not be blank"),
  FEATURE_PLATFORM_VERSION(
      "HS-FEATURE-PLATFORM-VERSION", ERROR, "the feature needs a newer platformVersion"),
  PERMISSIONS_PLATFORM_VERSION(
      "HS-PERMISSIONS-PLATFORM-VERSION",
      ERROR,
      "component-level permissions need platformVersion 2026.09-beta or later"),
  FILE_NAME("HS-FILE-NAME", ERROR, "a chosen fileName is a plain file name ending in -hsmeta.json"),
  FILE_NAME_DUPLICATE(
      "HS-FILE-NAME-DUPLICATE",
      ERROR,
      "a chosen fileName names a file another component or a front-end file already has"),
  CARD_LOCATION(
      "HS-CARD-LOCATION", ERROR, "a card's location is one of HubSpot's four card locations"),
  OBJECT_TYPE(
      "HS-OBJECT-TYPE", ERROR, "a card's or bulk action's object type is an object type name"),
  OBJECT_TYPE_UNKNOWN(
      "HS-OBJECT-TYPE-UNKNOWN",
      WARNING,
      "a card's or bulk action's object type HubSpot's docs do not list"),
  OBJECT_TYPES_EMPTY(
      "HS-OBJECT-TYPES-EMPTY", ERROR, "a card or bulk action names at least one object type"),
  OBJECT_SCOPE(
      "HS-OBJECT-SCOPE", WARNING, "the app lacks the read scope of an object a feature shows on"),
  PREVIEW_IMAGE(
      "HS-PREVIEW-IMAGE",
      ERROR,
      "a card's preview image is a png, jpg, jpeg or gif of at most 5 MB"),
  ENTRYPOINT_PATH(
      "HS-ENTRYPOINT-PATH",
      ERROR,
      "an entrypoint is /app/... inside the project, with a fitting file type"),
  ENTRYPOINT_MISSING(
      "HS-ENTRYPOINT-MISSING", ERROR, "an entrypoint's file is not in the front-end folder"),
  FUNCTION_PACKAGE_JSON(
      "HS-FUNCTION-PACKAGE-JSON", ERROR, "app functions need app/functions/package.json"),
  FUNCTION_DISTRIBUTION(
      "HS-FUNCTION-DISTRIBUTION",
      ERROR,
      "app functions need a private app (static auth from 2026.03-beta)"),
  FUNCTION_ENDPOINT(
      "HS-FUNCTION-ENDPOINT", ERROR, "an endpoint function has a path and at least one method"),
  FUNCTION_SECRET_KEY(
      "HS-FUNCTION-SECRET-KEY",
      ERROR,
      "secret keys are environment-variable names: letters, digits, '_'"),
  SCIM_AUTH("HS-SCIM-AUTH", ERROR, "SCIM needs a static-auth private app"),
  TELEMETRY_LOG_TYPE_FORMAT(
      "HS-TELEMETRY-LOG-TYPE-FORMAT", ERROR, "a telemetry log type is upper-case letters and '_'"),
  TELEMETRY_LOG_TYPE(
      "HS-TELEMETRY-LOG-TYPE", WARNING, "a telemetry log type HubSpot does not document"),
  TELEMETRY_LOG_LEVEL(
      "HS-TELEMETRY-LOG-LEVEL", ERROR, "a telemetry log level is ERROR, WARN, INFO or DEBUG"),
  BULK_ACTION_ICON(
      "HS-BULK-ACTION-ICON", ERROR, "a bulk action's icon is a @hubspot/ui-extensions icon name"),
  WEBHOOK_SUBSCRIPTION_TYPE(
      "HS-WEBHOOK-SUBSCRIPTION-TYPE", ERROR, "a webhook subscription type HubSpot offers"),
  WEBHOOK_OBJECT_TYPE(
      "HS-WEBHOOK-OBJECT-TYPE", ERROR, "object.* subscriptions name an objectType; others none"),
  WEBHOOK_OBJECT_TYPE_UNKNOWN(
      "HS-WEBHOOK-OBJECT-TYPE-UNKNOWN",
      WARNING,
      "an objectType HubSpot's webhook docs do not list"),
  WEBHOOK_PROPERTY_NAME(
      "HS-WEBHOOK-PROPERTY-NAME",
      ERROR,
      "propertyName is given exactly for *.propertyChange subscriptions"),
  WEBHOOK_DUPLICATE("HS-WEBHOOK-DUPLICATE", ERROR, "the same webhook subscription declared twice"),
  WEBHOOK_TARGET_URL("HS-WEBHOOK-TARGET-URL", ERROR, "the webhook targetUrl is a public https URL"),
  WEBHOOK_MAX_CONCURRENT("HS-WEBHOOK-MAX-CONCURRENT", ERROR, "maxConcurrentRequests is at least 1"),
  WEBHOOK_SETTINGS_MISSING(
      "HS-WEBHOOK-SETTINGS-MISSING", ERROR, "webhook subscriptions need @WebhookSettings"),
  WEBHOOK_SCOPE(
      "HS-WEBHOOK-SCOPE", WARNING, "the app lacks the read scope of a subscription's object"),

  // Run time (with hubspot-apt-runtime on the class path)
  WEBHOOK_HANDLER(
      "HS-WEBHOOK-HANDLER",
      ERROR,
      "a @WebhookSubscription method and its class can be called by the generated routes: public, not static,"
          + " not overloaded"),
  WEBHOOK_PARAMETER(
      "HS-WEBHOOK-PARAMETER",
      ERROR,
      "a webhook handler's parameter is the event or one of its values by HubSpot's name and type"),
  WEBHOOK_ROUTE(
      "HS-WEBHOOK-ROUTE",
      ERROR,
      "a generated webhook route can match its events: no ${...}, an objectType with a known id"),
  WEBHOOK_UNHANDLED(
      "HS-WEBHOOK-UNHANDLED",
      WARNING,
      "a @WebhookSubscription on a class has no method to handle its events"),
  WORKFLOW_ACTION_HANDLER(
      "HS-WORKFLOW-ACTION-HANDLER",
      WARNING,
      "the execution reader is generated for public records: input and output types"),
  ENDPOINT_PATH("HS-ENDPOINT-PATH", ERROR, "each endpoint the app serves has a path of its own"),
  FIELD_TYPE("HS-FIELD-TYPE", ERROR, "a field's Java type has no HubSpot field type"),
  ENUM_OPTION_NOT_WRITTEN(
      "HS-ENUM-OPTION-NOT-WRITTEN",
      WARNING,
      "an @Option member the field's HubSpot format has no place for"),
  FIELD_CONTROL(
      "HS-FIELD-CONTROL",
      ERROR,
      "an explicit fieldType is a HubSpot field control that fits the field's type"),
  FIELD_EXTERNAL_OPTIONS(
      "HS-FIELD-EXTERNAL-OPTIONS",
      WARNING,
      "externalOptions on an output field that is not an enumeration"),
  FIELD_OPTIONS("HS-FIELD-OPTIONS", ERROR, "an enumeration field has at least one option"),
  FIELD_NAME_DUPLICATE(
      "HS-FIELD-NAME-DUPLICATE",
      ERROR,
      "the fields of one component, and an app object's property groups, have distinct names"),
  FIELD_OPTION_DUPLICATE(
      "HS-FIELD-OPTION-DUPLICATE",
      ERROR,
      "the options of an enumeration field have distinct values"),
  FIELD_OPTION_LABEL_DUPLICATE(
      "HS-FIELD-OPTION-LABEL-DUPLICATE",
      WARNING,
      "the options of an enumeration field have distinct labels"),
  FIELD_OPTION_WHITESPACE(
      "HS-FIELD-OPTION-WHITESPACE",
      WARNING,
      "an option value does not start or end with whitespace or an invisible character"),
  WORKFLOW_URL(
      "HS-WORKFLOW-URL",
      ERROR,
      "a workflow action's actionUrl and optionsUrls are public https URLs"),
  WORKFLOW_LABELS(
      "HS-WORKFLOW-LABELS",
      ERROR,
      "a workflow action has en labels with an actionName, one entry per locale"),
  WORKFLOW_FIELD_REFERENCE(
      "HS-WORKFLOW-FIELD-REFERENCE",
      ERROR,
      "labels, descriptions and dependencies name declared fields"),
  WORKFLOW_CONTROLLING_VALUE(
      "HS-WORKFLOW-CONTROLLING-VALUE",
      WARNING,
      "a field dependency's controllingValue is one of its controlling field's option values"),
  WORKFLOW_CLIENTS(
      "HS-WORKFLOW-CLIENTS", ERROR, "a workflow action is offered to workflows, agents, or both"),
  WORKFLOW_OUTPUT(
      "HS-WORKFLOW-OUTPUT",
      ERROR,
      "a workflow action's output is a class or record whose fields are its output fields"),
  WORKFLOW_EXECUTION_RULE(
      "HS-WORKFLOW-EXECUTION-RULE", ERROR, "execution-rule conditions are a JSON object"),
  WORKFLOW_OBJECT_TYPE(
      "HS-WORKFLOW-OBJECT-TYPE",
      ERROR,
      "workflow object types are upper-case object names, e.g. CONTACT"),
  FEATURE_DISTRIBUTION(
      "HS-FEATURE-DISTRIBUTION", ERROR, "app events and app objects need an oauth marketplace app"),
  APP_EVENT_NAME("HS-APP-EVENT-NAME", ERROR, "an app event name is 1 to 50 characters"),
  APP_EVENT_TEMPLATE(
      "HS-APP-EVENT-TEMPLATE",
      ERROR,
      "header template at most 1,000, detail template at most 10,000 characters"),
  APP_EVENT_TOKEN(
      "HS-APP-EVENT-TOKEN", ERROR, "a template token {{x}} names a declared event property"),
  APP_EVENT_LIMITS(
      "HS-APP-EVENT-LIMITS", ERROR, "at most 500 properties per event and 750 event types per app"),
  APP_EVENT_SCOPE("HS-APP-EVENT-SCOPE", ERROR, "apps with app events request the timeline scope"),
  APP_OBJECT_NAME("HS-APP-OBJECT-NAME", ERROR, "an app object name is UPPER_SNAKE_CASE"),
  APP_OBJECT_TEXT(
      "HS-APP-OBJECT-TEXT",
      ERROR,
      "an app object's description, singular and plural forms are not blank"),
  APP_OBJECT_PROPERTY(
      "HS-APP-OBJECT-PROPERTY",
      ERROR,
      "display labels and create-form fields name declared properties"),
  APP_OBJECT_GROUP(
      "HS-APP-OBJECT-GROUP", WARNING, "a property's groupName is a declared property group"),
  ASSOCIATION_OBJECT(
      "HS-ASSOCIATION-OBJECT",
      ERROR,
      "an association joins an @AppObject type to an app object or a standard object"),
  ASSOCIATION_LABEL(
      "HS-ASSOCIATION-LABEL",
      WARNING,
      "an association label has a name, one no other label of the association has"),
  ANNOTATION_UNUSED(
      "HS-ANNOTATION-UNUSED",
      WARNING,
      "an annotation that adds to a component is beside that component's annotation"),
  EXPERIMENTAL_TYPE(
      "HS-EXPERIMENTAL-TYPE",
      WARNING,
      "HubSpot publishes no config format for an @ExperimentalFeature type"),
  EXPERIMENTAL_CONFIG(
      "HS-EXPERIMENTAL-CONFIG", ERROR, "an @ExperimentalFeature config is one JSON object"),
  PROFILE_NAME(
      "HS-PROFILE-NAME",
      ERROR,
      "a profile name is not empty, has no dot, slash or backslash, and gives a file name the compiler"
          + " can write"),
  PROFILE_ACCOUNT("HS-PROFILE-ACCOUNT", ERROR, "a profile's accountId is a number"),
  PROFILE_VALUE(
      "HS-PROFILE-VALUE",
      ERROR,
      "a profile variable's value is a string, number or boolean, of the type it is used as"),
  PROFILE_VARIABLE("HS-PROFILE-VARIABLE", ERROR, "every ${...} names a variable of every profile"),
  PROFILE_NONE(
      "HS-PROFILE-NONE", ERROR, "a ${...} needs at least one profile to take its value from"),
  PROFILE_DUPLICATE(
      "HS-PROFILE-DUPLICATE",
      ERROR,
      "a profile name (in any case), and a variable name within a profile, is declared once"),
  PROFILE_FILE(
      "HS-PROFILE-FILE",
      ERROR,
      "a hand-written hsprofile.<name>.json is a JSON object with an object of variables"),
  FRONTEND_HSMETA(
      "HS-FRONTEND-HSMETA",
      ERROR,
      "a *-hsmeta.json file in the front-end folder breaks a rule of HubSpot's parser"),
  FRONTEND_NOT_CONFIGURED(
      "HS-FRONTEND-NOT-CONFIGURED",
      NOTE,
      "entrypoints are not checked and front-end files not copied without -Ahubspot.frontendDir");

  /**
   * Where the rule pages are published: docs/rules/ of the project's repository (the root pom's
   * url).
   */
  private static final String PAGES =
      "https://github.com/hubspotapt/hubspot-apt/blob/main/docs/rules/";

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

  /**
   * The rule's page: what it checks, HubSpot's evidence, examples, and how to change its severity.
   */
  public String page() {
    return PAGES + id + ".md";
  }

  /** One line on what the rule checks, for option errors and the documentation. */
  public String summary() {
    return summary;
  }
}
