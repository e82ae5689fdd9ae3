package io.github.hubspotapt.processor.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * JSON exactly as HubSpot's tooling writes it ({@code JSON.stringify(value, null, 2)}): two-space indentation,
 * {@code "key": value}, one array element per line, {@code []} for empty arrays, LF line ends and a final newline.
 * Key order is the insertion order, which the file writers choose to match HubSpot's templates.
 *
 * <p>The files are built as Jackson node trees and streamed out with a {@code JsonGenerator}, not an
 * {@code ObjectMapper}: creating a mapper loads and initialises hundreds of classes, which the benchmark showed to
 * be most of the processor's cost on a small project, and a tree of strings, numbers and booleans needs none of it.
 */
public final class HubSpotJson {

  private final JsonFactory factory = new JsonFactory();
  private final DefaultPrettyPrinter printer;

  public HubSpotJson() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    this.printer = new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  public ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  public ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  public ArrayNode strings(List<String> values) {
    ArrayNode array = array();
    values.forEach(array::add);
    return array;
  }

  /** Parses JSON text given by the user (execution-rule conditions); the mapper is only created when needed. */
  public JsonNode parse(String text) throws IOException {
    return new ObjectMapper(factory).readTree(text);
  }

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

  public String render(ObjectNode node) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = factory.createGenerator(out)) {
      generator.setPrettyPrinter(printer.createInstance());
      write(generator, node);
    } catch (IOException e) {
      // Writing into a StringWriter does not fail; anything else is a bug in the processor.
      throw new UncheckedIOException("cannot render JSON", e);
    }
    return out + "\n";
  }

  private static void write(JsonGenerator generator, JsonNode node) throws IOException {
    if (node.isObject()) {
      generator.writeStartObject();
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        generator.writeFieldName(member.getKey());
        write(generator, member.getValue());
      }
      generator.writeEndObject();
    } else if (node.isArray()) {
      generator.writeStartArray();
      for (JsonNode element : node) {
        write(generator, element);
      }
      generator.writeEndArray();
    } else if (node.isTextual()) {
      generator.writeString(node.textValue());
    } else if (node.isBoolean()) {
      generator.writeBoolean(node.booleanValue());
    } else if (node.isIntegralNumber()) {
      generator.writeNumber(node.bigIntegerValue());
    } else if (node.isNumber()) {
      generator.writeNumber(node.decimalValue());
    } else {
      generator.writeNull();
    }
  }
}
