package io.github.hubspotapt.processor.frontend;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.hubspotapt.processor.layout.ProjectLayout;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.ProfileVariable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A hand-written {@code hsprofile.<name>.json} directly in the front-end folder, read as HubSpot's
 * CLI reads it: {@code JSON.parse} of the file, its {@code accountId} and the string, number and
 * boolean values of its {@code variables} (project-parsing-lib 0.23.0, {@code files.js}, {@code
 * profiles.js}). Judging it is the rules' job.
 */
public final class HsProfileFile {

  private HsProfileFile() {}

  /**
   * The profiles among the files directly in the front-end folder, in file-name order. Only these
   * files are read: the OAuth helper needs the profiles in the first round, long before the folder
   * is copied.
   */
  public static List<Profile> read(FrontendFolder frontend) {
    List<Profile> profiles = new ArrayList<>();
    for (String file : frontend.fileNames("")) {
      Matcher name = ProjectLayout.PROFILE_FILE_LIKE.matcher(file);
      if (name.matches()) {
        byte[] content;
        try {
          content = Files.readAllBytes(frontend.root().resolve(file));
        } catch (IOException e) {
          profiles.add(
              new Profile(
                  null, at(name.group(1)), at(null), List.of(), file, "it cannot be read: " + e));
          continue;
        }
        profiles.add(parse(file, name.group(1), content));
      }
    }
    return profiles;
  }

  static Profile parse(String path, String name, byte[] content) {
    List<ProfileVariable> variables = new ArrayList<>();
    Located<String> accountId = at(null);
    String malformed = null;
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      // Node reads the file as UTF-8 without dropping a byte-order mark, and JSON.parse refuses it.
      return new Profile(
          null, at(name), accountId, List.of(), path, "it starts with a byte-order mark");
    }
    try (JsonParser parser = new JsonFactory().createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        malformed = "it is not a JSON object";
      } else {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          JsonToken value = parser.nextToken();
          if (key.equals("accountId")) {
            accountId = at(value.isScalarValue() ? parser.getText() : null);
            if (value == JsonToken.VALUE_STRING) {
              accountId = at("\"" + parser.getText() + "\"");
            }
          } else if (key.equals("variables") && value == JsonToken.START_OBJECT) {
            variables.clear(); // JSON.parse keeps the last of two equal keys
            readVariables(parser, variables);
            continue;
          } else if (key.equals("variables")) {
            malformed = "its variables are not a JSON object";
          }
          parser.skipChildren();
        }
        if (malformed == null && parser.nextToken() != null) {
          malformed = "more follows after the object";
        }
      }
    } catch (JsonProcessingException e) {
      malformed =
          "it is not valid JSON: "
              + e.getOriginalMessage()
              + (e.getLocation() == null
                  ? ""
                  : " (line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()
                      + ")");
    } catch (IOException e) {
      malformed = "it cannot be read: " + e.getMessage();
    }
    return new Profile(null, at(name), accountId, List.copyOf(variables), path, malformed);
  }

  private static void readVariables(JsonParser parser, List<ProfileVariable> variables)
      throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonToken value = parser.nextToken();
      ProfileVariable.Kind kind =
          switch (value) {
            case VALUE_STRING -> ProfileVariable.Kind.STRING;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ProfileVariable.Kind.NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> ProfileVariable.Kind.BOOLEAN;
            default -> ProfileVariable.Kind.OTHER;
          };
      String text =
          switch (value) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NULL -> "null";
            default -> parser.getText();
          };
      variables.removeIf(v -> v.name().value().equals(key));
      variables.add(new ProfileVariable(at(key), kind, at(text)));
      parser.skipChildren();
    }
  }

  private static Located<String> at(String value) {
    return new Located<>(value, null);
  }
}
