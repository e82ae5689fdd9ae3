package io.github.hubspotapt.runtime.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** JSON written with jackson-core's generator: response, callback and app-event bodies. */
public final class JsonText {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonText() {}

  /** Writes JSON content to a generator. */
  @FunctionalInterface
  public interface Content {
    void write(JsonGenerator json) throws IOException;
  }

  /**
   * JSON text.
   *
   * @param content what writes it
   * @return the text
   */
  public static String of(Content content) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      content.write(json);
    } catch (IOException e) {
      // A StringWriter does not fail; a generator only fails on content written out of order, a bug
      // here.
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
