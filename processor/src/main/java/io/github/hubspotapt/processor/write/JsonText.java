package io.github.hubspotapt.processor.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * JSON text that the user writes inside an annotation value (a workflow action's execution-rule
 * conditions, an experimental feature's config): checked and parsed with Jackson's streaming
 * parser, which is only loaded when a project has such a value.
 */
public final class JsonText {

  private JsonText() {}

  /** True when {@code text} is exactly one JSON object: checked with the streaming parser alone. */
  public static boolean isObject(String text) {
    return objectProblem(text) == null;
  }

  /**
   * Why {@code text} is not exactly one JSON object, with the parser's message and position (line
   * and column in the text, from 1); null when it is one.
   */
  public static String objectProblem(String text) {
    try (JsonParser parser = new JsonFactory().createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        return first == null
            ? "is empty"
            : "is not a JSON object but starts with "
                + parser.getText()
                + position(parser.currentTokenLocation());
      }
      parser.skipChildren();
      return parser.nextToken() == null
          ? null
          : "has more after the object" + position(parser.currentTokenLocation());
    } catch (JsonProcessingException e) {
      return "is not valid JSON: " + e.getOriginalMessage() + position(e.getLocation());
    } catch (IOException e) {
      return "could not be read: " + e.getMessage();
    }
  }

  private static String position(JsonLocation location) {
    return location == null
        ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /**
   * The object {@code text} holds; callers check {@link #isObject} first. Read with the streaming
   * parser, as {@link #isObject} does: a databind {@code ObjectMapper} per execution rule would
   * cost far more than the walk.
   */
  public static JsonObject parseObject(String text) throws IOException {
    try (JsonParser parser = new JsonFactory().createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      return (JsonObject) value(parser);
    }
  }

  /**
   * The value at the parser's current token; numbers as databind's tree would give them (decimals
   * via double).
   */
  private static Object value(JsonParser parser) throws IOException {
    switch (parser.currentToken()) {
      case START_OBJECT -> {
        JsonObject object = new JsonObject();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          object.putValue(key, value(parser));
        }
        return object;
      }
      case START_ARRAY -> {
        JsonArray array = new JsonArray();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.addValue(value(parser));
        }
        return array;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return parser.getBooleanValue();
      }
      case VALUE_NUMBER_INT -> {
        return parser.getBigIntegerValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        double value = parser.getDoubleValue();
        // Beyond a double's range (1e400) the text's own digits are kept: as a double it would be
        // infinite, which JSON cannot write.
        return Double.isFinite(value) ? BigDecimal.valueOf(value) : parser.getDecimalValue();
      }
      default -> {
        return null;
      }
    }
  }
}
