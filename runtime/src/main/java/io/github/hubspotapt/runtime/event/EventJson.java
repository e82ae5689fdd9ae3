package io.github.hubspotapt.runtime.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** App event bodies as JSON text, escaped by jackson-core's generator. */
final class EventJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private EventJson() {}

  /** Writes one body to a generator. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  static String text(Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      body.write(json);
    } catch (IOException e) {
      // Writing to a StringWriter does not fail; a generator fails only on content out of order, a bug here.
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
