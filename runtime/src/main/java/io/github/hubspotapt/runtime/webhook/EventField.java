package io.github.hubspotapt.runtime.webhook;

import java.util.HashMap;
import java.util.Map;

/** The JSON fields of a webhook event this library reads; any other field is skipped. */
enum EventField {
  EVENT_ID("eventId"),
  SUBSCRIPTION_ID("subscriptionId"),
  PORTAL_ID("portalId"),
  APP_ID("appId"),
  OCCURRED_AT("occurredAt"),
  SUBSCRIPTION_TYPE("subscriptionType"),
  ATTEMPT_NUMBER("attemptNumber"),
  OBJECT_ID("objectId"),
  OBJECT_TYPE_ID("objectTypeId"),
  CHANGE_SOURCE("changeSource"),
  SOURCE_ID("sourceId"),
  CHANGE_FLAG("changeFlag"),
  PROPERTY_NAME("propertyName"),
  PROPERTY_VALUE("propertyValue"),
  IS_SENSITIVE("isSensitive"),
  PRIMARY_OBJECT_ID("primaryObjectId"),
  MERGED_OBJECT_IDS("mergedObjectIds"),
  NEW_OBJECT_ID("newObjectId"),
  NUMBER_OF_PROPERTIES_MOVED("numberOfPropertiesMoved"),
  ASSOCIATION_TYPE("associationType"),
  FROM_OBJECT_ID("fromObjectId"),
  TO_OBJECT_ID("toObjectId"),
  FROM_OBJECT_TYPE_ID("fromObjectTypeId"),
  TO_OBJECT_TYPE_ID("toObjectTypeId"),
  ASSOCIATION_REMOVED("associationRemoved"),
  IS_PRIMARY_ASSOCIATION("isPrimaryAssociation"),
  MESSAGE_ID("messageId"),
  MESSAGE_TYPE("messageType");

  private static final Map<String, EventField> BY_JSON_NAME = new HashMap<>();

  static {
    for (EventField field : values()) {
      BY_JSON_NAME.put(field.jsonName, field);
    }
  }

  private final String jsonName;

  EventField(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The field's name in HubSpot's JSON. */
  String jsonName() {
    return jsonName;
  }

  /** The field's bit in a set of fields held as an {@code int}: there are fewer than 32. */
  int bit() {
    return 1 << ordinal();
  }

  /**
   * The field of a JSON name.
   *
   * @param jsonName the name as sent
   * @return the field, or null for a field this library does not read
   */
  static EventField named(String jsonName) {
    return BY_JSON_NAME.get(jsonName);
  }
}
