package io.github.hubspotapt.processor.vocabulary;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * HubSpot's vocabularies that stay strings, each paired with its class of constants in the
 * annotations jar ({@code io.github.hubspotapt.CardLocation}, ...). A near-miss message names the
 * constant of the value it suggests, so the constant names follow from the values by one rule,
 * {@link #constantName}; a test keeps each class of constants equal to the list its rule checks
 * against.
 */
public enum Vocabulary {

  /**
   * Both spellings of the business-units scope are known (old docs and OpenAPI specs) and name the
   * same constant under the general rule; the old docs' one spells its dot out.
   */
  SCOPES(
      "Scopes",
      OAuthScopes::known,
      Map.of("business_units.view.read", "BUSINESS_UNITS_DOT_VIEW_READ")),
  CARD_LOCATION("CardLocation", () -> Set.copyOf(CardLocations.ALL), Map.of()),
  BULK_ACTION_ICON("BulkActionIcon", BulkActionIcons::load, Map.of()),
  WEBHOOK_SUBSCRIPTION_TYPE(
      "WebhookSubscriptionType", () -> WebhookSubscriptionTypes.ALL, Map.of()),
  /**
   * Cards and bulk actions accept four spellings; the constants are the plural lower-case one of
   * HubSpot's docs.
   */
  CRM_OBJECT_TYPE("CrmObjectType", () -> Set.copyOf(CardObjectTypes.names()), Map.of()),
  TELEMETRY_LOG_TYPE("TelemetryLogType", () -> TelemetryLogs.LOG_TYPES, Map.of());

  private static final String PACKAGE = "io.github.hubspotapt.";

  private final String className;
  private final Supplier<Set<String>> values;
  private final Map<String, String> exceptions;

  Vocabulary(String className, Supplier<Set<String>> values, Map<String, String> exceptions) {
    this.className = className;
    this.values = values;
    this.exceptions = exceptions;
  }

  /** The binary name of the class of constants in the annotations jar. */
  public String constantsClass() {
    return PACKAGE + className;
  }

  /** The values the rules check against. */
  public Set<String> allowed() {
    return values.get();
  }

  /**
   * {@code CardLocation.CRM_RECORD_TAB} for {@code crm.record.tab}: how a message names the
   * constant.
   */
  public String constant(String value) {
    return className + "." + constantName(value);
  }

  /**
   * {@code CRM_RECORD_TAB} for {@code crm.record.tab}, {@code CALLING_HANGUP} for {@code
   * callingHangup}, {@code HUB_DB} for {@code hubDB}: '.' and '-' become '_', a camel-case word
   * boundary gets one, all upper case.
   */
  public String constantName(String value) {
    String exception = exceptions.get(value);
    if (exception != null) {
      return exception;
    }
    StringBuilder name = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '.' || c == '-') {
        name.append('_');
        continue;
      }
      if (i > 0 && Character.isUpperCase(c) && startsWord(value, i)) {
        name.append('_');
      }
      name.append(Character.toUpperCase(c));
    }
    return name.toString();
  }

  /**
   * "aB" starts a word at B; so does "XCi" at C (filledXCircleIcon), but "DB" at the end of hubDB
   * does not.
   */
  private static boolean startsWord(String value, int i) {
    char previous = value.charAt(i - 1);
    if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
      return true;
    }
    return Character.isUpperCase(previous)
        && i + 1 < value.length()
        && Character.isLowerCase(value.charAt(i + 1));
  }
}
