package io.github.hubspotapt.maven.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON file into plain Java values: objects as insertion-ordered maps (key order is part of
 * what the round trip compares), arrays as lists, strings, booleans, numbers (Integer, Long,
 * BigInteger, BigDecimal) and null. jackson-core's streaming parser alone, as the plugin already
 * uses for {@code hsproject.json}, so that the plain-java import needs no databind jars.
 */
final class JsonValues {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonValues() {}

  static Object read(Path file) throws IOException {
    try (JsonParser parser = FACTORY.createParser(file.toFile())) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new IOException(file + " is empty");
      }
      Object value = value(parser, first);
      if (parser.nextToken() != null) {
        throw new IOException(file + " has more than one JSON value");
      }
      return value;
    }
  }

  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          object.put(key, value(parser, parser.nextToken()));
        }
        return object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        for (JsonToken next = parser.nextToken();
            next != JsonToken.END_ARRAY;
            next = parser.nextToken()) {
          array.add(value(parser, next));
        }
        return array;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT -> {
        return parser.getNumberValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        // BigDecimal keeps the digits as written (2.50), which a double would not, for values
        // written back as text.
        return parser.getDecimalValue();
      }
      case VALUE_TRUE -> {
        return true;
      }
      case VALUE_FALSE -> {
        return false;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IOException("unexpected JSON token " + token);
    }
  }
}
