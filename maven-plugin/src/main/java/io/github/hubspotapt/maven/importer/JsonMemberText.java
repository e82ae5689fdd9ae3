package io.github.hubspotapt.maven.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read by {@link JsonValues} as JSON text, for members that hold JSON: compact for a
 * short value ({@code conditions}), pretty for a whole object a user reads
 * ({@code @ExperimentalFeature(config)}).
 */
final class JsonMemberText {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonMemberText() {}

  static String of(Object value) {
    return write(value, false);
  }

  /**
   * Laid out as the processor writes its files (JSON.stringify(value, null, 2)), with no final line
   * break.
   */
  static String pretty(Object value) {
    return write(value, true);
  }

  private static String write(Object value, boolean pretty) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      if (pretty) {
        generator.setPrettyPrinter(prettyPrinter());
      }
      write(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen writing to a string", e);
    }
    return text.toString();
  }

  /** A new one each time: a pretty printer keeps the nesting of the value it writes. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private static void write(JsonGenerator generator, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeFieldName((String) entry.getKey());
        write(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> list) {
      generator.writeStartArray();
      for (Object item : list) {
        write(generator, item);
      }
      generator.writeEndArray();
    } else if (value instanceof String string) {
      generator.writeString(string);
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else if (value instanceof Number number) {
      generator.writeNumber(number.toString());
    } else {
      generator.writeNull();
    }
  }
}
