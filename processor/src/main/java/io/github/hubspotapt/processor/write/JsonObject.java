package io.github.hubspotapt.processor.write;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object as the file writers build it. Members keep the order they were put in, which the writers choose to
 * match HubSpot's templates. Values are strings, numbers, booleans, {@code null}, {@link JsonObject} and
 * {@link JsonArray}; {@link HubSpotJson} renders them.
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
