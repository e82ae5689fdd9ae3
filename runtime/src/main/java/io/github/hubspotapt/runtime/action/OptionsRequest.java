package io.github.hubspotapt.runtime.action;

import io.github.hubspotapt.runtime.MalformedRequestException;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * HubSpot's request to an input field's {@code optionsUrl}, sent while a workflow's author edits
 * the action, read. A record, so that a test of an {@link OptionsHandler} can make one.
 *
 * @param origin the account and action definition
 * @param objectTypeId the workflow's object type ({@code 0-1} contacts, ...), or null
 * @param inputFieldName the input field whose options are asked for
 * @param inputFields what the author chose so far for the other input fields, by name
 * @param query the author's search text ({@code fetchOptions.q}), or null
 * @param after the paging cursor of the previous response ({@code fetchOptions.after}), or null for
 *     the first page
 */
public record OptionsRequest(
    ActionOrigin origin,
    String objectTypeId,
    String inputFieldName,
    Map<String, InputFieldValue> inputFields,
    String query,
    String after) {

  /**
   * A request.
   *
   * @param origin the account and action definition
   * @param objectTypeId the workflow's object type, or null
   * @param inputFieldName the input field whose options are asked for
   * @param inputFields the other input fields' values so far
   * @param query the search text, or null
   * @param after the paging cursor, or null
   */
  public OptionsRequest {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(inputFieldName, "inputFieldName");
    inputFields = Collections.unmodifiableMap(new LinkedHashMap<>(inputFields));
  }

  /**
   * Reads the body of an options request. Unknown fields are passed over; {@code origin} with its
   * {@code portalId} and {@code inputFieldName} are required.
   *
   * @param body the raw body, verified
   * @return the request
   * @throws MalformedRequestException when the body is not UTF-8 JSON, a field has the wrong type,
   *     or a required one is missing; the message names the field
   */
  public static OptionsRequest parse(byte[] body) throws MalformedRequestException {
    return JsonBody.read(body, OptionsRequest::read);
  }

  private static OptionsRequest read(JsonBody json) throws IOException, MalformedRequestException {
    var read =
        new Object() {
          ActionOrigin origin;
          String objectTypeId;
          String inputFieldName;
          Map<String, InputFieldValue> inputFields = new LinkedHashMap<>();
          String query;
          String after;
        };
    json.object(
        "body",
        name -> {
          switch (name) {
            case "origin" -> read.origin = json.isNull() ? null : ActionOrigin.read(json, "origin");
            case "objectTypeId" -> read.objectTypeId = json.string("objectTypeId");
            case "inputFieldName" -> read.inputFieldName = json.string("inputFieldName");
            case "inputFields" -> {
              if (!json.isNull()) {
                json.object(
                    "inputFields",
                    field -> {
                      if (!json.isNull()) {
                        read.inputFields.put(field, inputFieldValue(json, "inputFields." + field));
                      }
                    });
              }
            }
            case "fetchOptions" -> {
              if (!json.isNull()) {
                json.object(
                    "fetchOptions",
                    option -> {
                      switch (option) {
                        case "q" -> read.query = json.string("fetchOptions.q");
                        case "after" -> read.after = json.string("fetchOptions.after");
                        default -> json.skip();
                      }
                    });
              }
            }
            default -> json.skip();
          }
        });
    if (read.origin == null) {
      throw new MalformedRequestException("origin: missing");
    }
    if (read.inputFieldName == null) {
      throw new MalformedRequestException("inputFieldName: missing");
    }
    return new OptionsRequest(
        read.origin,
        read.objectTypeId,
        read.inputFieldName,
        read.inputFields,
        read.query,
        read.after);
  }

  /** Reads one of {@code inputFields}; the parser stands on it. */
  private static InputFieldValue inputFieldValue(JsonBody json, String path)
      throws IOException, MalformedRequestException {
    var read =
        new Object() {
          String type;
          String propertyName;
          String value;
        };
    json.object(
        path,
        name -> {
          switch (name) {
            case "type" -> read.type = json.string(path + ".type");
            case "propertyName" -> read.propertyName = json.string(path + ".propertyName");
            case "value" -> read.value = json.anyAsText();
            default -> json.skip();
          }
        });
    if (read.type == null) {
      throw new MalformedRequestException(path + ".type: missing");
    }
    switch (read.type) {
      case "OBJECT_PROPERTY":
        if (read.propertyName == null) {
          throw new MalformedRequestException(path + ".propertyName: missing");
        }
        return new InputFieldValue.ObjectProperty(read.propertyName);
      case "STATIC_VALUE":
        return new InputFieldValue.StaticValue(read.value);
      default:
        return new InputFieldValue.Unrecognized(read.type);
    }
  }
}
