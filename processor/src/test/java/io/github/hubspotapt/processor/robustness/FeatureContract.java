package io.github.hubspotapt.processor.robustness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hubspotapt.BulkActionIcon;
import io.github.hubspotapt.TelemetryLogType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documented contract of the feature annotations' string members, written from their javadoc
 * and README's rule table, independently of the processor's rules. Each predicate answers "is this
 * value malformed?" and claims so only where the documentation is plain: a value it does not claim
 * is compiled all the same, with the weaker oracle (no crash), so an unsure "no" costs nothing and
 * an unsure "yes" would be a false alarm.
 */
final class FeatureContract {

  private FeatureContract() {}

  /**
   * The closed sets the annotations module publishes as constants: icon names, telemetry log types.
   */
  static final Set<String> ICONS = constants(BulkActionIcon.class);

  static final Set<String> LOG_TYPES = constants(TelemetryLogType.class);
  static final Set<String> LOG_LEVELS = Set.of("ERROR", "WARN", "INFO", "DEBUG");
  static final Set<String> CARD_LOCATIONS =
      Set.of("crm.record.tab", "crm.record.sidebar", "crm.preview", "helpdesk.sidebar");

  /** {@code HS-FIELD-CONTROL}'s controls for a String field. */
  static final Set<String> STRING_CONTROLS =
      Set.of("text", "textarea", "file", "html", "phonenumber", "calculation_equation");

  /** {@link io.github.hubspotapt.AppObjectAssociation#secondObjectType()}'s standard objects. */
  static final Set<String> ASSOCIATION_OBJECTS =
      Set.of(
          "CALL",
          "COMPANY",
          "CONTACT",
          "DEAL",
          "EMAIL",
          "LINE_ITEM",
          "MEETING",
          "NOTE",
          "PRODUCT",
          "QUOTE",
          "TASK",
          "TICKET");

  /**
   * {@code object.*} events; with an objectType and a propertyName only {@code
   * object.propertyChange} fits.
   */
  static final String PROPERTY_CHANGE = "object.propertyChange";

  /**
   * Card and bulk-action objects, in either documented spelling; other casings are public usage,
   * not claimed.
   */
  private static final Set<String> CARD_OBJECTS =
      Set.of(
          "contacts",
          "companies",
          "deals",
          "tickets",
          "appointments",
          "courses",
          "listings",
          "services",
          "contact",
          "company",
          "deal",
          "ticket",
          "appointment",
          "course",
          "listing",
          "service");

  /** Webhook objects of the javadoc and README's list (lower-case singular). */
  private static final Set<String> WEBHOOK_OBJECTS =
      Set.of(
          "contact",
          "company",
          "deal",
          "ticket",
          "product",
          "line_item",
          "quote",
          "lead",
          "call",
          "task",
          "meeting_event",
          "note",
          "email",
          "invoice",
          "order");

  private static final Pattern CUSTOM_OBJECT = Pattern.compile("p_[a-z0-9_]+");
  private static final Pattern OBJECT_TYPE_ID = Pattern.compile("[0-9]+-[0-9]+");
  private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern URL_PATH_CHARACTERS = Pattern.compile("[A-Za-z0-9_/-]+");
  private static final Pattern UPPER_NAME = Pattern.compile("[A-Z0-9_]+");
  private static final Pattern TOKEN = Pattern.compile("\\{\\{(.*?)}}");
  private static final Pattern SIMPLE_TOKEN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  static boolean blank(String v) {
    return v.isBlank();
  }

  /**
   * "a .tsx or .jsx file below /app/cards/": the folder's prefix, a known extension, never climbing
   * out of it.
   */
  static boolean badEntrypoint(String v, String folder, Set<String> extensions) {
    String prefix = "/app/" + folder + "/";
    if (!v.startsWith(prefix)) {
      return true;
    }
    String file = v.substring(v.lastIndexOf('/') + 1);
    int dot = file.lastIndexOf('.');
    if (dot < 0 || !extensions.contains(file.substring(dot + 1))) {
      return true;
    }
    int depth = 0;
    for (String segment : v.substring(prefix.length()).split("/", -1)) {
      depth += segment.equals("..") ? -1 : 1;
      if (depth < 0) {
        return true;
      }
    }
    return false;
  }

  static boolean badCardObject(String v) {
    return !CARD_OBJECTS.contains(v.toLowerCase(Locale.ROOT))
        && !CUSTOM_OBJECT.matcher(v).matches();
  }

  /**
   * "upper-case singular names such as CONTACT, a custom object p_<name> or an object type id such
   * as 2-123".
   */
  static boolean badWorkflowObject(String v) {
    return !UPPER_NAME.matcher(v).matches()
        && !CUSTOM_OBJECT.matcher(v).matches()
        && !OBJECT_TYPE_ID.matcher(v).matches();
  }

  static boolean badWebhookObject(String v) {
    return !WEBHOOK_OBJECTS.contains(v)
        && !CUSTOM_OBJECT.matcher(v).matches()
        && !v.matches("2-[0-9]+");
  }

  static boolean badSecretKey(String v) {
    return !ENVIRONMENT_NAME.matcher(v).matches();
  }

  /** "/-separated names of letters, digits, _ and -", required once the endpoint has a method. */
  static boolean badEndpointPath(String v) {
    return !URL_PATH_CHARACTERS.matcher(v).matches();
  }

  /** "a publicly reachable https URL (not localhost)". */
  static boolean badPublicUrl(String v) {
    return !MalformedInputs.isHttpsUrl(v) || MalformedInputs.isLocalhost(v);
  }

  /**
   * Empty means "no preview image"; otherwise a png, jpg, jpeg or gif path relative to the cards
   * folder.
   */
  static boolean badPreviewFile(String v) {
    if (v.isEmpty()) {
      return false;
    }
    int dot = v.lastIndexOf('.');
    return v.startsWith("/")
        || dot < 0
        || !Set.of("png", "jpg", "jpeg", "gif").contains(v.substring(dot + 1));
  }

  /** "UPPER_SNAKE_CASE, for example CAR". */
  static boolean badAppObjectName(String v) {
    return !UPPER_NAME.matcher(v).matches();
  }

  /** "1 to 50 characters": claimed only where code points and UTF-16 units agree. */
  static boolean badEventName(String v) {
    return v.isEmpty() || v.codePointCount(0, v.length()) > 50;
  }

  /**
   * "at most {@code max} characters" (claimed by code points, the smaller count), and each plain
   * {@code {{token}}} names a declared property or {@code timestamp}; block helpers and other
   * tokens are not claimed.
   */
  static boolean badTemplate(String v, int max, Set<String> properties) {
    if (v.codePointCount(0, v.length()) > max) {
      return true;
    }
    Matcher token = TOKEN.matcher(v);
    while (token.find()) {
      String name = token.group(1);
      if (SIMPLE_TOKEN.matcher(name).matches()
          && !name.equals("timestamp")
          && !properties.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "text that is not a JSON object is an error": RFC 8259 JSON (whitespace is space, tab, LF and
   * CR only), one object and nothing after it.
   */
  static boolean notJsonObject(String v) {
    String trimmed = v.replaceAll("^[ \t\n\r]+|[ \t\n\r]+$", "");
    if (!trimmed.startsWith("{")) {
      return true;
    }
    try {
      return !JSON.readTree(trimmed).isObject();
    } catch (JsonProcessingException e) {
      return true;
    }
  }

  static boolean notOneOf(String v, Set<String> allowed) {
    return !allowed.contains(v);
  }

  static boolean setAndNotOneOf(String v, Set<String> allowed) {
    return !v.isEmpty() && !allowed.contains(v);
  }

  static boolean never(String v) {
    return false;
  }

  private static Set<String> constants(Class<?> holder) {
    List<String> values = new ArrayList<>();
    for (Field field : holder.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          values.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Set.copyOf(values);
  }
}
