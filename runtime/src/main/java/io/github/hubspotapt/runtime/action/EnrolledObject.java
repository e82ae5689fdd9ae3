package io.github.hubspotapt.runtime.action;

import io.github.hubspotapt.runtime.MalformedRequestException;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * The CRM record a workflow action runs for: {@code object} of HubSpot's execution request.
 *
 * @param objectId the record's id
 * @param objectType its type, as HubSpot names it ({@code CONTACT}, {@code DEAL}, ...)
 * @param properties the properties the action's {@code objectRequestOptions} asks for, as HubSpot
 *     sends them: strings, dates as epoch milliseconds; a property without a value is absent
 */
public record EnrolledObject(long objectId, String objectType, Map<String, String> properties) {

  /**
   * An enrolled object.
   *
   * @param objectId the record's id
   * @param objectType its type
   * @param properties its requested properties
   */
  public EnrolledObject {
    Objects.requireNonNull(objectType, "objectType");
    properties = ReadFields.frozen(properties);
  }

  /**
   * One requested property.
   *
   * @param name the property's internal name
   * @return its value, or null when the record has none or the action did not request it
   */
  public String property(String name) {
    return properties.get(name);
  }

  /** Reads {@code object}; the parser stands on its value. */
  static EnrolledObject read(JsonBody json, String path)
      throws IOException, MalformedRequestException {
    var read =
        new Object() {
          Long objectId;
          String objectType;
          Map<String, String> properties;
        };
    json.object(
        path,
        name -> {
          switch (name) {
            case "objectId" -> read.objectId = json.integer(path + ".objectId");
            case "objectType" -> read.objectType = json.string(path + ".objectType");
            case "properties" -> read.properties = json.textMap(path + ".properties");
            default -> json.skip();
          }
        });
    if (read.objectId == null) {
      throw new MalformedRequestException(path + ".objectId: missing");
    }
    if (read.objectType == null) {
      throw new MalformedRequestException(path + ".objectType: missing");
    }
    return new EnrolledObject(
        read.objectId, read.objectType, read.properties == null ? Map.of() : read.properties);
  }
}
