package io.github.hubspotapt.processor.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * JSON text that the user writes inside an annotation value (a workflow action's execution-rule conditions): checked
 * and parsed with Jackson's streaming parser, which is only loaded when a project has such a value.
 */
public final class JsonText {

  private JsonText() {}

  /** True when {@code text} is exactly one JSON object: checked with the streaming parser alone. */
  public static boolean isObject(String text) {
    try (JsonParser parser = new JsonFactory().createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The object {@code text} holds; callers check {@link #isObject} first. Read with the streaming parser, as
   * {@link #isObject} does: a databind {@code ObjectMapper} per execution rule would cost far more than the walk.
   */
  public static JsonObject parseObject(String text) throws IOException {
    try (JsonParser parser = new JsonFactory().createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      return (JsonObject) value(parser);
    }
  }

  /** The value at the parser's current token; numbers as databind's tree would give them (decimals via double). */
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
        return BigDecimal.valueOf(parser.getDoubleValue());
      }
      default -> {
        return null;
      }
    }
  }
}
