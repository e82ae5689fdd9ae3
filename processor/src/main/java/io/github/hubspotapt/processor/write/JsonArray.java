package io.github.hubspotapt.processor.write;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A JSON array as the file writers build it; elements are the values {@link JsonObject} allows. */
public final class JsonArray {

  private final List<Object> elements = new ArrayList<>();

  public JsonArray add(String value) {
    return addValue(value);
  }

  public JsonArray add(JsonObject value) {
    return addValue(value);
  }

  /** Appends a new, empty object and returns it. */
  public JsonObject addObject() {
    JsonObject object = new JsonObject();
    elements.add(object);
    return object;
  }

  JsonArray addValue(Object value) {
    elements.add(value);
    return this;
  }

  List<Object> elements() {
    return Collections.unmodifiableList(elements);
  }
}
