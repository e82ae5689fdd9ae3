package io.github.hubspotapt.maven.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One JSON object of a component file, read by an importer: every key it reads is marked, so that
 * after the import each key no importer read is reported with its JSON path ({@link #unread}). An
 * importer therefore never has to list what it does not support; whatever it leaves alone is a
 * {@link ImportFinding}.
 */
final class JsonFields {

  /**
   * A string that is exactly one profile variable, {@code ${NAME}}, which HubSpot replaces with the
   * typed value.
   */
  private static final Pattern WHOLE_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

  private final String file;
  private final String path;
  private final Map<String, Object> values;
  private final Set<String> read = new LinkedHashSet<>();
  private final List<JsonFields> children = new ArrayList<>();
  private final List<ImportFinding> refused = new ArrayList<>();

  JsonFields(String file, String path, Map<String, Object> values) {
    this.file = file;
    this.path = path;
    this.values = values;
  }

  String file() {
    return file;
  }

  String path() {
    return path;
  }

  String pathOf(String key) {
    return path + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  Set<String> keys() {
    return values.keySet();
  }

  /** The string at {@code key}, or null when absent; a value of another JSON type is refused. */
  String string(String key) {
    Object value = take(key);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    refuse(key, "expected a string, found " + value);
    return null;
  }

  /**
   * The string at {@code key} when it is one, without reading it: for a name made of values that
   * are read, and refused, where a declaration reads them.
   */
  String peekString(String key) {
    return values.get(key) instanceof String value ? value : null;
  }

  /**
   * A string whose annotation member takes "" for unset, so that the processor leaves the key out
   * or writes a value of its own: an explicit {@code ""} cannot come back, and is refused rather
   * than dropped. Null when absent or refused.
   */
  String nonEmptyString(String key) {
    String value = string(key);
    if (value != null && value.isEmpty()) {
      refuse(
          key,
          "the empty string: its annotation member takes \"\" for unset, so the processor would leave the"
              + " key out or write a value of its own");
      return null;
    }
    return value;
  }

  /**
   * A boolean the processor writes only when true, its member's default being false. An explicit
   * {@code false} comes back absent, which HubSpot reads as false: the same value, so it is
   * imported, not listed (real projects and HubSpot's own app-object template write such defaults).
   * Null when absent or false.
   */
  Boolean trueOnly(String key) {
    Boolean value = bool(key);
    return Boolean.TRUE.equals(value) ? value : null;
  }

  Boolean bool(String key) {
    Object value = take(key);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    refuseTyped(key, value, "expected true or false");
    return null;
  }

  /** An integral number that fits an int, or null. */
  Integer integer(String key) {
    Object value = take(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Integer number) {
      return number;
    }
    refuseTyped(key, value, "expected an integer");
    return null;
  }

  /**
   * The name of the profile variable when the value at {@code key} is exactly {@code "${NAME}"},
   * marked read; else empty and left for the typed read. For a member with a {@code
   * <member>Variable} sibling.
   */
  Optional<String> variable(String key) {
    if (values.get(key) instanceof String text) {
      Matcher variable = WHOLE_VARIABLE.matcher(text);
      if (variable.matches()) {
        take(key);
        return Optional.of(variable.group(1));
      }
    }
    return Optional.empty();
  }

  /**
   * A number or boolean place with a value of another type: a whole {@code ${NAME}} gets its own
   * reason.
   */
  private void refuseTyped(String key, Object value, String expected) {
    if (value instanceof String text && WHOLE_VARIABLE.matcher(text).matches()) {
      refuse(
          key,
          "the profile variable "
              + text
              + " stands for a typed value here, and this annotation member has"
              + " no <member>Variable sibling to name it (@WebhookSettings(maxConcurrentRequestsVariable) is the one"
              + " there is)");
    } else {
      refuse(key, expected + ", found " + value);
    }
  }

  /** An array of strings; empty when absent. */
  List<String> strings(String key) {
    Object value = take(key);
    if (value == null) {
      return List.of();
    }
    List<String> strings = new ArrayList<>();
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      list.forEach(item -> strings.add((String) item));
      return strings;
    }
    refuse(key, "expected an array of strings, found " + value);
    return List.of();
  }

  /**
   * An array of strings that the processor writes only when it has elements: an explicit {@code []}
   * cannot come back, and is refused rather than dropped.
   */
  List<String> nonEmptyStrings(String key) {
    refuseEmpty(key);
    return strings(key);
  }

  /**
   * The objects of an array that the processor writes only when it has elements, as {@link
   * #nonEmptyStrings}.
   */
  List<JsonFields> nonEmptyObjects(String key) {
    refuseEmpty(key);
    return objects(key);
  }

  /**
   * An object that the processor writes only when it has members: an explicit {@code {}} is
   * refused.
   */
  Optional<JsonFields> nonEmptyObject(String key) {
    refuseEmpty(key);
    return object(key);
  }

  private void refuseEmpty(String key) {
    Object value = values.get(key);
    if (value instanceof List<?> list && list.isEmpty()) {
      refuse(key, "the empty array: the processor writes it only with elements");
    } else if (value instanceof Map<?, ?> map && map.isEmpty()) {
      refuse(key, "the empty object: the processor writes it only with members");
    }
  }

  /** The object at {@code key}, read with the same bookkeeping. */
  Optional<JsonFields> object(String key) {
    Object value = take(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Map<?, ?> map) {
      return Optional.of(child(pathOf(key), map));
    }
    refuse(key, "expected an object, found " + value);
    return Optional.empty();
  }

  /** The objects of the array at {@code key}; empty when absent. */
  List<JsonFields> objects(String key) {
    Object value = take(key);
    if (value == null) {
      return List.of();
    }
    List<JsonFields> objects = new ArrayList<>();
    if (value instanceof List<?> list && list.stream().allMatch(Map.class::isInstance)) {
      for (int i = 0; i < list.size(); i++) {
        objects.add(child(pathOf(key) + "/" + i, (Map<?, ?>) list.get(i)));
      }
      return objects;
    }
    refuse(key, "expected an array of objects, found " + value);
    return List.of();
  }

  /**
   * The raw value at {@code key}, marked as read (for a value kept as JSON text, such as execution
   * rules).
   */
  Object raw(String key) {
    return take(key);
  }

  /**
   * Records a missing {@code key} whose annotation member has no default (an enum: no value to
   * write instead), so that the import says so rather than writing Java that does not compile.
   */
  void require(String key, String member) {
    if (!values.containsKey(key)) {
      refused.add(new ImportFinding(file, pathOf(key), "missing; " + member + " has no default"));
    }
  }

  /** Records that this object as a whole (a file, at its root) cannot be expressed as it is. */
  void refuseWhole(String reason) {
    refused.add(new ImportFinding(file, path, reason));
  }

  /** Records that the value at {@code key} was read but cannot be expressed, with why. */
  void refuse(String key, String reason) {
    refused.add(new ImportFinding(file, pathOf(key), reason));
  }

  /**
   * Every key that nothing read, and every refused value, of this object and the objects read from
   * it.
   */
  List<ImportFinding> unread() {
    List<ImportFinding> findings = new ArrayList<>(refused);
    for (String key : values.keySet()) {
      if (!read.contains(key)) {
        findings.add(new ImportFinding(file, pathOf(key), "no annotation member writes it"));
      }
    }
    children.forEach(child -> findings.addAll(child.unread()));
    return findings;
  }

  private Object take(String key) {
    read.add(key);
    return values.get(key);
  }

  @SuppressWarnings("unchecked")
  private JsonFields child(String childPath, Map<?, ?> map) {
    JsonFields child = new JsonFields(file, childPath, (Map<String, Object>) map);
    children.add(child);
    return child;
  }
}
