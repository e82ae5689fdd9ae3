package io.github.hubspotapt.runtime.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The top level of a JSON object HubSpot answered with, read with jackson-core's streaming parser:
 * strings, integers, booleans and arrays of strings by name; nested objects are passed over (only
 * their kind is kept, for a message). The typed reads refuse a value of the wrong JSON type with a
 * message naming the field and the types, never the value (it may be a token).
 */
public final class JsonAnswer {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** A value no typed read takes: what it was, for the message. */
  private record Other(String kind) {}

  private final Map<String, Object> fields;

  private JsonAnswer(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * Reads a body.
   *
   * @param body the bytes HubSpot sent
   * @return the object's fields
   * @throws UnreadableAnswerException when the body is not one JSON object
   */
  public static JsonAnswer parse(byte[] body) throws UnreadableAnswerException {
    Map<String, Object> fields = new LinkedHashMap<>();
    try (JsonParser json = FACTORY.createParser(body)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw new UnreadableAnswerException("not a JSON object");
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        JsonToken token = json.nextToken();
        Object value = value(json, token);
        if (value != null) {
          fields.put(name, value);
        }
      }
      if (json.nextToken() != null) {
        throw new UnreadableAnswerException("content after the JSON object");
      }
    } catch (JsonParseException e) {
      // jackson's message quotes the body's text; the location is enough and shows no token.
      throw new UnreadableAnswerException(
          "not valid JSON at byte " + e.getLocation().getByteOffset());
    } catch (IOException e) {
      throw new UnreadableAnswerException("not readable JSON");
    }
    return new JsonAnswer(fields);
  }

  private static Object value(JsonParser json, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_STRING:
        return json.getText();
      case VALUE_NUMBER_INT:
        return json.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? new Other("an integer beyond 64 bits")
            : (Object) json.getLongValue();
      case VALUE_TRUE:
      case VALUE_FALSE:
        return token == JsonToken.VALUE_TRUE;
      case VALUE_NULL:
        return null;
      case START_ARRAY:
        return strings(json);
      case START_OBJECT:
        json.skipChildren();
        return new Other("an object");
      default:
        return new Other("a decimal number");
    }
  }

  private static Object strings(JsonParser json) throws IOException {
    List<String> values = new ArrayList<>();
    boolean allStrings = true;
    for (JsonToken token = json.nextToken();
        token != JsonToken.END_ARRAY;
        token = json.nextToken()) {
      if (token == JsonToken.VALUE_STRING) {
        values.add(json.getText());
      } else {
        allStrings = false;
        json.skipChildren();
      }
    }
    return allStrings
        ? Collections.unmodifiableList(values)
        : new Other("an array of other than strings");
  }

  /**
   * Whether the object has a field, null counting as absent.
   *
   * @param name the field
   * @return whether it is there
   */
  public boolean has(String name) {
    return fields.containsKey(name);
  }

  /**
   * A string field.
   *
   * @param name the field
   * @return its value, or empty when absent
   * @throws UnreadableAnswerException when it is not a string
   */
  public Optional<String> string(String name) throws UnreadableAnswerException {
    return Optional.ofNullable(typed(name, String.class, "a string"));
  }

  /**
   * An integer field.
   *
   * @param name the field
   * @return its value, or empty when absent
   * @throws UnreadableAnswerException when it is not an integer that fits 64 bits
   */
  public OptionalLong integer(String name) throws UnreadableAnswerException {
    Long value = typed(name, Long.class, "an integer");
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /**
   * A boolean field.
   *
   * @param name the field
   * @return its value, or empty when absent
   * @throws UnreadableAnswerException when it is not a boolean
   */
  public Optional<Boolean> bool(String name) throws UnreadableAnswerException {
    return Optional.ofNullable(typed(name, Boolean.class, "a boolean"));
  }

  /**
   * An array-of-strings field.
   *
   * @param name the field
   * @return its values, empty when absent
   * @throws UnreadableAnswerException when it is not an array of strings
   */
  @SuppressWarnings("unchecked")
  public List<String> strings(String name) throws UnreadableAnswerException {
    List<String> values = typed(name, List.class, "an array of strings");
    return values == null ? List.of() : values;
  }

  private <T> T typed(String name, Class<T> type, String expected)
      throws UnreadableAnswerException {
    Object value = fields.get(name);
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    throw new UnreadableAnswerException(name + ": expected " + expected + ", got " + kind(value));
  }

  private static String kind(Object value) {
    if (value instanceof Other other) {
      return other.kind();
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Long) {
      return "an integer";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return "an array of strings";
  }
}
