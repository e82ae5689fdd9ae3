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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * @param placeholders the uid and the strings inside {@code config} that hold a profile variable
 *     ({@code ${key}}), where HubSpot's CLI puts a profile's values (SPEC 21), each once, in file
 *     order
 */
public record HsMetaFile(
    String path,
    String invalid,
    Map<String, Kind> members,
    Map<String, String> strings,
    List<String> placeholders) {

  /** The kinds of JSON value the checks tell apart. */
  public enum Kind {
    STRING,
    OBJECT,
    /** {@code null}, {@code false} or {@code 0}: what JavaScript's {@code if} takes as absent. */
    FALSY,
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
    Set<String> placeholders = new LinkedHashSet<>();
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
        members.put(key, kind(parser, value));
        if (value == JsonToken.VALUE_STRING) {
          strings.put(key, parser.getText());
          if (key.equals("uid")) {
            placeholder(parser.getText(), placeholders);
          }
        }
        if (key.equals("config") && value.isStructStart()) {
          configPlaceholders(parser, placeholders);
        } else {
          parser.skipChildren();
        }
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
        path,
        null,
        Collections.unmodifiableMap(members),
        Collections.unmodifiableMap(strings),
        List.copyOf(placeholders));
  }

  /** The placeholders among the strings of the object or array the parser is at the start of. */
  private static void configPlaceholders(JsonParser parser, Set<String> placeholders)
      throws IOException {
    int depth = 1;
    while (depth > 0) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return;
      }
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      } else if (token == JsonToken.VALUE_STRING) {
        placeholder(parser.getText(), placeholders);
      }
    }
  }

  private static void placeholder(String text, Set<String> placeholders) {
    if (text.contains("${")) {
      placeholders.add(text);
    }
  }

  private static Kind kind(JsonParser parser, JsonToken value) throws IOException {
    return switch (value) {
      case VALUE_STRING -> Kind.STRING;
      case START_OBJECT -> Kind.OBJECT;
      case VALUE_NULL, VALUE_FALSE -> Kind.FALSY;
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          parser.getDecimalValue().signum() == 0 ? Kind.FALSY : Kind.OTHER;
      default -> Kind.OTHER;
    };
  }

  /**
   * Whether the top-level {@code key} is there with a value JavaScript's {@code if} takes as
   * present: not {@code null}, {@code false}, {@code 0} or {@code ""}.
   */
  public boolean truthy(String key) {
    Kind kind = members.get(key);
    return kind != null && kind != Kind.FALSY && !"".equals(strings.get(key));
  }

  private static HsMetaFile invalid(String path, String why) {
    return new HsMetaFile(path, why, Map.of(), Map.of(), List.of());
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
