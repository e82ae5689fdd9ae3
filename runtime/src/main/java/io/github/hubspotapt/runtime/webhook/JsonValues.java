package io.github.hubspotapt.runtime.webhook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.hubspotapt.runtime.MalformedRequestException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The typed reads of a webhook event's values from the parser's current token, each refusing a
 * value of the wrong JSON type with a message that names the type expected and the type seen (never
 * the value). Ids are JSON integers, as HubSpot sends them; a decimal or a string is refused rather
 * than converted.
 */
final class JsonValues {

  private JsonValues() {}

  static long longValue(JsonParser parser, Position position)
      throws IOException, MalformedRequestException {
    expect(parser, JsonToken.VALUE_NUMBER_INT, "an integer", position);
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw position.malformed("integer out of range: expected a 64-bit integer");
    }
    return parser.getLongValue();
  }

  static int intValue(JsonParser parser, Position position)
      throws IOException, MalformedRequestException {
    expect(parser, JsonToken.VALUE_NUMBER_INT, "an integer", position);
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      throw position.malformed("integer out of range: expected a 32-bit integer");
    }
    return parser.getIntValue();
  }

  static String text(JsonParser parser, Position position)
      throws IOException, MalformedRequestException {
    expect(parser, JsonToken.VALUE_STRING, "a string", position);
    return parser.getText();
  }

  static boolean bool(JsonParser parser, Position position) throws MalformedRequestException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw position.malformed("expected a boolean, got " + describe(token));
    }
    return token == JsonToken.VALUE_TRUE;
  }

  static List<Long> longArray(JsonParser parser, Position position)
      throws IOException, MalformedRequestException {
    expect(parser, JsonToken.START_ARRAY, "an array of integers", position);
    String field = position.field;
    List<Long> values = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      position.field = field + "[" + values.size() + "]";
      values.add(longValue(parser, position));
    }
    position.field = field;
    return Collections.unmodifiableList(values);
  }

  /** What a token is, in a message: {@code a string}, {@code an object}, {@code nothing}. */
  static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "'" + token.asString() + "'";
    };
  }

  private static void expect(JsonParser parser, JsonToken expected, String what, Position position)
      throws MalformedRequestException {
    JsonToken token = parser.currentToken();
    if (token != expected) {
      throw position.malformed("expected " + what + ", got " + describe(token));
    }
  }
}
