package io.github.hubspotapt.processor.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;

/**
 * JSON text that the user writes inside an annotation value (a workflow action's execution-rule conditions): checked
 * and parsed with Jackson, which is only loaded when a project has such a value.
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

  /** The object {@code text} holds; callers check {@link #isObject} first. */
  public static JsonObject parseObject(String text) throws IOException {
    JsonNode node = new ObjectMapper().readTree(text);
    if (!node.isObject()) {
      throw new IOException("not a JSON object");
    }
    return (JsonObject) value(node);
  }

  private static Object value(JsonNode node) {
    if (node.isObject()) {
      JsonObject object = new JsonObject();
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        object.putValue(member.getKey(), value(member.getValue()));
      }
      return object;
    } else if (node.isArray()) {
      JsonArray array = new JsonArray();
      node.forEach(element -> array.addValue(value(element)));
      return array;
    } else if (node.isTextual()) {
      return node.textValue();
    } else if (node.isBoolean()) {
      return node.booleanValue();
    } else if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    } else if (node.isNumber()) {
      return node.decimalValue();
    }
    return null;
  }
}
