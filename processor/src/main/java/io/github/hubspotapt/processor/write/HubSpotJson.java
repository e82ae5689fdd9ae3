package io.github.hubspotapt.processor.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/**
 * JSON exactly as HubSpot's tooling writes it ({@code JSON.stringify(value, null, 2)}): two-space indentation,
 * {@code "key": value}, one array element per line, {@code []} for empty arrays, LF line ends and a final newline.
 * Key order is the insertion order, which the file writers choose to match HubSpot's templates.
 */
public final class HubSpotJson {

  private final ObjectMapper mapper = new ObjectMapper();
  private final ObjectWriter writer;

  public HubSpotJson() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    this.writer = mapper.writer(printer);
  }

  public ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  public ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** Parses JSON text given by the user (execution-rule conditions). */
  public JsonNode parse(String text) throws IOException {
    return mapper.readTree(text);
  }

  public ArrayNode strings(List<String> values) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    values.forEach(array::add);
    return array;
  }

  public String render(ObjectNode node) {
    try {
      return writer.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of strings, numbers and booleans always serializes; anything else is a bug in the processor.
      throw new IllegalStateException("cannot render JSON", e);
    }
  }
}
