package io.github.hubspotapt.processor.frontend;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The top level of a hand-written {@code *-hsmeta.json} file, as HubSpot's parser reads it: {@code
 * JSON.parse} of the file's UTF-8 text (project-parsing-lib 0.23.0, {@code files.js}), then its
 * keys, its {@code uid} and {@code type}, and whether {@code config} is an object. What is inside
 * {@code config} is for HubSpot's server to judge.
 *
 * @param path the file's path in the front-end folder, {@code /}-separated
 * @param invalid why the file is not a JSON object, or null when it is one
 * @param members each top-level key, in file order, with the kind of its value
 * @param strings the top-level keys whose value is a string, with that string
 */
public record HsMetaFile(
    String path, String invalid, Map<String, Kind> members, Map<String, String> strings) {

  /** The kinds of JSON value the checks tell apart. */
  public enum Kind {
    STRING,
    OBJECT,
    OTHER
  }

  public static HsMetaFile parse(String path, byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      // Node reads the file as UTF-8 without dropping a byte-order mark, and JSON.parse refuses it.
      return invalid(path, "it starts with a byte-order mark");
    }
    Map<String, Kind> members = new LinkedHashMap<>();
    Map<String, String> strings = new LinkedHashMap<>();
    try (JsonParser parser = new JsonFactory().createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return invalid(path, "it is empty");
      }
      if (first != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return parser.nextToken() == null
            ? invalid(path, "it is not a JSON object")
            : invalid(path, "more follows");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        // JSON.parse keeps the last of two equal keys.
        members.remove(key);
        strings.remove(key);
        members.put(
            key,
            value == JsonToken.VALUE_STRING
                ? Kind.STRING
                : value == JsonToken.START_OBJECT ? Kind.OBJECT : Kind.OTHER);
        if (value == JsonToken.VALUE_STRING) {
          strings.put(key, parser.getText());
        }
        parser.skipChildren();
      }
      if (parser.nextToken() != null) {
        return invalid(path, "more follows after the object");
      }
    } catch (JsonProcessingException e) {
      return invalid(path, e.getOriginalMessage() + at(e.getLocation()));
    } catch (IOException e) {
      return invalid(path, e.getMessage());
    }
    return new HsMetaFile(
        path, null, Collections.unmodifiableMap(members), Collections.unmodifiableMap(strings));
  }

  private static HsMetaFile invalid(String path, String why) {
    return new HsMetaFile(path, why, Map.of(), Map.of());
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 1
        ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /**
   * The folder the file is in, relative to the front-end folder: {@code app/cards}, or "" for the
   * top.
   */
  public String folder() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
