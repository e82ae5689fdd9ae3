package io.github.hubspotapt.runtime.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.hubspotapt.runtime.http.JsonText;
import java.io.IOException;
import java.io.UncheckedIOException;

/** An occurrence's {@code extraData}: checked to be one JSON object or array, and made compact. */
final class ExtraData {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ExtraData() {}

  /**
   * The value the parser is at the start of, token by token; numbers as their own digits, which the
   * generator's copy would take through a double (1e400 would become infinite).
   */
  private static void copy(JsonParser parser, JsonGenerator json) throws IOException {
    int depth = 0;
    do {
      JsonToken token = parser.currentToken();
      switch (token) {
        case START_OBJECT -> json.writeStartObject();
        case START_ARRAY -> json.writeStartArray();
        case END_OBJECT -> json.writeEndObject();
        case END_ARRAY -> json.writeEndArray();
        case FIELD_NAME -> json.writeFieldName(parser.currentName());
        case VALUE_STRING -> json.writeString(parser.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> json.writeNumber(parser.getText());
        case VALUE_TRUE, VALUE_FALSE -> json.writeBoolean(token == JsonToken.VALUE_TRUE);
        default -> json.writeNull();
      }
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      }
    } while (depth > 0 && parser.nextToken() != null);
  }

  static String compact(String json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException(
            "extraData is a JSON object or array, not " + (first == null ? "empty text" : first));
      }
      String compact = JsonText.of(generator -> copy(parser, generator));
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("extraData has more after its JSON value");
      }
      return compact;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("extraData is not valid JSON: " + e.getOriginalMessage());
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(
          "extraData is not valid JSON: " + e.getCause().getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does not fail otherwise
    }
  }
}
