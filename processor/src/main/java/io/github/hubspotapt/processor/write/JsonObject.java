package io.github.hubspotapt.processor.write;

import io.github.hubspotapt.processor.model.Located;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object as the file writers build it. Members keep the order they were put in, which the
 * writers choose to match HubSpot's templates. Values are strings, numbers, booleans, {@code null},
 * {@link JsonObject} and {@link JsonArray}; {@link HubSpotJson} renders them.
 */
public final class JsonObject {

  private final Map<String, Object> members = new LinkedHashMap<>();

  public JsonObject put(String key, String value) {
    return putValue(key, value);
  }

  public JsonObject put(String key, Number value) {
    return putValue(key, value);
  }

  public JsonObject put(String key, boolean value) {
    return putValue(key, value);
  }

  public JsonObject set(String key, JsonObject value) {
    return putValue(key, value);
  }

  public JsonObject set(String key, JsonArray value) {
    return putValue(key, value);
  }

  /**
   * Puts the annotation value under {@code key} when it is set; optional keys are left out when
   * left empty.
   */
  public JsonObject putIfSet(String key, Located<String> value) {
    return isSet(value) ? putValue(key, value.value()) : this;
  }

  /** Puts the values as an array of strings under {@code key}. */
  public JsonObject putStrings(String key, List<Located<String>> values) {
    JsonArray array = putArray(key);
    for (Located<String> value : values) {
      array.add(value.value());
    }
    return this;
  }

  /** Whether a string annotation value counts as given: what {@link #putIfSet} writes. */
  public static boolean isSet(Located<String> value) {
    return value != null && value.value() != null && !value.value().isEmpty();
  }

  /** Puts a new, empty object under {@code key} and returns it. */
  public JsonObject putObject(String key) {
    JsonObject object = new JsonObject();
    members.put(key, object);
    return object;
  }

  /** Puts a new, empty array under {@code key} and returns it. */
  public JsonArray putArray(String key) {
    JsonArray array = new JsonArray();
    members.put(key, array);
    return array;
  }

  JsonObject putValue(String key, Object value) {
    members.put(key, value);
    return this;
  }

  Map<String, Object> members() {
    return Collections.unmodifiableMap(members);
  }
}
