package io.github.hubspotapt.runtime.action;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.hubspotapt.runtime.MalformedRequestException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A verified request body read with jackson-core's streaming parser, strictly: UTF-8 only (RFC 8259
 * for JSON between systems; a byte order mark at the start is ignored, as RFC 8259 allows), exactly
 * one JSON value, no name twice in an object, and every value's type checked where it is read. Each
 * failure is a {@link MalformedRequestException} that names the field by its path ({@code
 * origin.portalId}) and what was expected, never the parser's own message (which may quote the
 * body).
 */
final class JsonBody {

  /**
   * Thread-safe once built; the duplicate check makes a body mean one thing, whichever reader reads
   * it.
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Reads one value of a body, the parser standing on its first token. */
  @FunctionalInterface
  interface ValueReader<T> {
    T read(JsonBody json) throws IOException, MalformedRequestException;
  }

  /** Reads the value of one field of an object, the parser standing on the value's first token. */
  @FunctionalInterface
  interface FieldReader {
    void field(String name) throws IOException, MalformedRequestException;
  }

  private final JsonParser parser;

  private JsonBody(JsonParser parser) {
    this.parser = parser;
  }

  /**
   * Reads a request body.
   *
   * @param body the raw body
   * @param reader what reads its one value
   * @return what the reader made of it
   * @throws MalformedRequestException when the body is empty, not UTF-8, not one JSON value, or not
   *     what the reader expects
   */
  static <T> T read(byte[] body, ValueReader<T> reader) throws MalformedRequestException {
    if (body.length == 0) {
      throw new MalformedRequestException("body: empty, expected a JSON object");
    }
    if (isAscii(body)) {
      // ASCII is UTF-8 as it is: the parser reads the bytes, with no decoding and no copy of the
      // body.
      try (JsonParser parser = FACTORY.createParser(body)) {
        return readValue(parser, "body", reader);
      } catch (IOException notJson) {
        // Read again as text below, for the message that text's parser writes (its location counts
        // characters).
      }
    }
    return read(withoutByteOrderMark(utf8(body)), "body", reader);
  }

  /**
   * The text without a byte order mark at its start. RFC 8259 (section 8.1) forbids a sender to add
   * one and lets a reader ignore one; HubSpot sends none, and the webhook endpoint's parser ignores
   * one too, so both kinds of endpoint answer such a body alike. The signature covers the bytes as
   * sent, the mark included.
   */
  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Whether every byte is ASCII and none is zero (bytes with zeros would be taken for UTF-16 or
   * UTF-32).
   */
  private static boolean isAscii(byte[] body) {
    for (byte b : body) {
      if (b <= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a JSON text.
   *
   * @param text the text
   * @param path what the text is, for messages ({@code body})
   * @param reader what reads its one value
   * @return what the reader made of it
   * @throws MalformedRequestException when the text is not one JSON value, or not what the reader
   *     expects
   */
  static <T> T read(String text, String path, ValueReader<T> reader)
      throws MalformedRequestException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      return readValue(parser, path, reader);
    } catch (StreamConstraintsException e) {
      throw new MalformedRequestException(
          path + ": exceeds the parser's limits on nesting or length", e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw new MalformedRequestException(path + ": not valid JSON" + where, e);
    } catch (IOException e) {
      // Reading a String cannot fail on I/O; whatever jackson reports is about the text.
      throw new MalformedRequestException(path + ": not readable as JSON", e);
    }
  }

  private static <T> T readValue(JsonParser parser, String path, ValueReader<T> reader)
      throws IOException, MalformedRequestException {
    JsonBody json = new JsonBody(parser);
    if (parser.nextToken() == null) {
      throw new MalformedRequestException(path + ": no JSON value");
    }
    T value = reader.read(json);
    if (parser.nextToken() != null) {
      throw new MalformedRequestException(path + ": more than one JSON value");
    }
    return value;
  }

  private static String utf8(byte[] body) throws MalformedRequestException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    // UTF-8 never decodes to more chars than it has bytes.
    CharBuffer out = CharBuffer.allocate(body.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new MalformedRequestException(
          "body: not UTF-8 (invalid byte at offset " + in.position() + ")");
    }
    return out.flip().toString();
  }

  /**
   * Reads an object field by field; the reader reads or {@link #skip() skips} each value.
   *
   * @param path the object's path, for messages
   * @param reader what reads each field
   * @throws MalformedRequestException when the value is not an object
   */
  void object(String path, FieldReader reader) throws IOException, MalformedRequestException {
    expect(JsonToken.START_OBJECT, path, "an object");
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      reader.field(name);
    }
  }

  /** Whether the current value is JSON {@code null}. */
  boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  /** Passes over the current value, an unknown field's, whatever it holds. */
  void skip() throws IOException {
    parser.skipChildren();
  }

  /**
   * The current value as a string.
   *
   * @param path its path, for messages
   * @return the string, or null for JSON {@code null}
   * @throws MalformedRequestException when it is not a string
   */
  String string(String path) throws IOException, MalformedRequestException {
    if (isNull()) {
      return null;
    }
    expect(JsonToken.VALUE_STRING, path, "a string");
    return text();
  }

  /**
   * The current value as a whole number that fits a {@code long}.
   *
   * @param path its path, for messages
   * @return the number, or null for JSON {@code null}
   * @throws MalformedRequestException when it is not such a number
   */
  Long integer(String path) throws IOException, MalformedRequestException {
    if (isNull()) {
      return null;
    }
    expect(JsonToken.VALUE_NUMBER_INT, path, "an integer");
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw new MalformedRequestException(path + ": expected an integer, got one out of range");
    }
    return parser.getLongValue();
  }

  /**
   * The current value as text, the way HubSpot's string-valued maps carry it: a string as it is, a
   * number or boolean as its JSON text, an object or array as its compact JSON text.
   *
   * @return the text, or null for JSON {@code null}
   */
  String anyAsText() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      StringWriter json = new StringWriter();
      try (JsonGenerator generator = FACTORY.createGenerator(json)) {
        generator.copyCurrentStructure(parser);
      }
      return json.toString();
    }
    return text();
  }

  /**
   * The current value as a map of names to {@link #anyAsText() text}; names with JSON {@code null}
   * are left out.
   *
   * @param path its path, for messages
   * @return the map, in the body's order, or null for JSON {@code null}
   * @throws MalformedRequestException when it is not an object
   */
  Map<String, String> textMap(String path) throws IOException, MalformedRequestException {
    if (isNull()) {
      return null;
    }
    LinkedHashMap<String, String> map = new LinkedHashMap<>();
    object(
        path,
        name -> {
          String value = anyAsText();
          if (value != null) {
            map.put(name, value);
          }
        });
    return new ReadFields(map);
  }

  /**
   * Reads an array element by element; the reader reads each element.
   *
   * @param path the array's path, for messages
   * @param element what reads each element
   * @throws MalformedRequestException when the value is not an array
   */
  void array(String path, ValueReader<?> element) throws IOException, MalformedRequestException {
    expect(JsonToken.START_ARRAY, path, "an array");
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      element.read(this);
    }
  }

  /** Whether the current value is a string, a number or a boolean. */
  boolean isScalar() {
    JsonToken token = parser.currentToken();
    return token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL;
  }

  /** The current scalar's text; reading a string's text is where jackson checks its escapes. */
  private String text() throws IOException {
    return parser.getText();
  }

  private void expect(JsonToken token, String path, String expected)
      throws MalformedRequestException {
    JsonToken actual = parser.currentToken();
    if (actual != token) {
      throw new MalformedRequestException(
          path + ": expected " + expected + ", got " + describe(actual));
    }
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "JSON token " + token;
    };
  }
}
