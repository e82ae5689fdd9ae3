package io.github.hubspotapt.runtime.action;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request body as a tree of objects with raw JSON leaves, so that a test can replace or remove
 * one field of a real request and keep the rest as it is. Test-only: the module has no JSON tree
 * model.
 */
final class JsonTree {

  private final Map<String, Object> root;

  private JsonTree(Map<String, Object> root) {
    this.root = root;
  }

  /** An object from names and values: a value is a nested {@code Map} or raw JSON text. */
  static Map<String, Object> object(Object... namesAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return object;
  }

  static JsonTree of(Map<String, Object> root) {
    return new JsonTree(root);
  }

  /** A JSON string literal. */
  static String string(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  /** A copy with the value at a dotted path replaced by raw JSON (or a nested map). */
  JsonTree with(String path, Object value) {
    Map<String, Object> copy = copy(root);
    String[] names = path.split("\\.");
    parent(copy, names).put(names[names.length - 1], value);
    return new JsonTree(copy);
  }

  /** A copy without the field at a dotted path. */
  JsonTree without(String path) {
    Map<String, Object> copy = copy(root);
    String[] names = path.split("\\.");
    parent(copy, names).remove(names[names.length - 1]);
    return new JsonTree(copy);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parent(Map<String, Object> root, String[] names) {
    Map<String, Object> object = root;
    for (int i = 0; i < names.length - 1; i++) {
      object = (Map<String, Object>) object.get(names[i]);
    }
    return object;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<String, Object> object) {
    Map<String, Object> copy = new LinkedHashMap<>();
    object.forEach(
        (name, value) ->
            copy.put(name, value instanceof Map ? copy((Map<String, Object>) value) : value));
    return copy;
  }

  @Override
  public String toString() {
    return write(root);
  }

  @SuppressWarnings("unchecked")
  private static String write(Map<String, Object> object) {
    return object.entrySet().stream()
        .map(
            field ->
                string(field.getKey())
                    + ":"
                    + (field.getValue() instanceof Map
                        ? write((Map<String, Object>) field.getValue())
                        : field.getValue()))
        .collect(Collectors.joining(",", "{", "}"));
  }
}
