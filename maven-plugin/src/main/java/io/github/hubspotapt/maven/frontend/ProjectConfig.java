package io.github.hubspotapt.maven.frontend;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one field of {@code hsproject.json} the front-end sync needs: {@code srcDir}, where the app's
 * files live.
 */
final class ProjectConfig {

  private ProjectConfig() {}

  /** {@code srcDir} as written; empty when the file has none at the top level. */
  static Optional<String> srcDir(Path hsproject) throws IOException {
    try (JsonParser parser = new JsonFactory().createParser(hsproject.toFile())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("srcDir") && value == JsonToken.VALUE_STRING) {
          return Optional.of(parser.getText());
        }
        parser.skipChildren();
      }
      return Optional.empty();
    }
  }
}
