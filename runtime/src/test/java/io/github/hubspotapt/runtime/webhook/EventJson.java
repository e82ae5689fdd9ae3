package io.github.hubspotapt.runtime.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One event object built field by field from raw JSON values, so tests can give any field any value
 * or leave it out. {@link #full()} has every field the parser reads, each with a valid value.
 */
final class EventJson {

  /**
   * The JSON values each kind of field takes that are of the wrong type, and what the message then
   * says.
   */
  enum Kind {
    LONG(List.of("\"123\"", "1.5", "true", "{}", "[]", "1e3", "-0.0", "99999999999999999999")),
    INT(List.of("\"1\"", "2.5", "false", "{\"a\":1}", "[1]", "3000000000")),
    TEXT(List.of("12", "true", "{}", "[]", "1.5", "[\"a\"]")),
    BOOLEAN(List.of("\"true\"", "1", "0", "{}", "[]", "\"false\"")),
    LONG_ARRAY(List.of("5", "\"1,2\"", "{}", "[\"1\"]", "[1.5]", "[null]", "[[1]]", "true"));

    final List<String> wrongValues;

    Kind(List<String> wrongValues) {
      this.wrongValues = wrongValues;
    }
  }

  private final Map<String, String> fields = new LinkedHashMap<>();

  /** An event with every field the parser reads. */
  static EventJson full() {
    EventJson event = new EventJson();
    event.fields.put("eventId", "11");
    event.fields.put("subscriptionId", "22");
    event.fields.put("portalId", "33");
    event.fields.put("appId", "44");
    event.fields.put("occurredAt", "1722957035843");
    event.fields.put("subscriptionType", "\"object.propertyChange\"");
    event.fields.put("attemptNumber", "3");
    event.fields.put("objectId", "55");
    event.fields.put("objectTypeId", "\"0-3\"");
    event.fields.put("changeSource", "\"CRM_UI\"");
    event.fields.put("sourceId", "\"userId:75514748\"");
    event.fields.put("changeFlag", "\"UPDATED\"");
    event.fields.put("propertyName", "\"dealstage\"");
    event.fields.put("propertyValue", "\"closedwon\"");
    event.fields.put("isSensitive", "true");
    event.fields.put("primaryObjectId", "66");
    event.fields.put("mergedObjectIds", "[77,88]");
    event.fields.put("newObjectId", "99");
    event.fields.put("numberOfPropertiesMoved", "12");
    event.fields.put("associationType", "\"DEAL_TO_CONTACT\"");
    event.fields.put("fromObjectId", "55");
    event.fields.put("toObjectId", "101");
    event.fields.put("fromObjectTypeId", "\"0-3\"");
    event.fields.put("toObjectTypeId", "\"0-1\"");
    event.fields.put("associationRemoved", "true");
    event.fields.put("isPrimaryAssociation", "true");
    event.fields.put("messageId", "\"m-1\"");
    event.fields.put("messageType", "\"COMMENT\"");
    return event;
  }

  /** The kind of value each field takes. */
  static Kind kindOf(EventField field) {
    return switch (field) {
      case ATTEMPT_NUMBER, NUMBER_OF_PROPERTIES_MOVED -> Kind.INT;
      case IS_SENSITIVE, ASSOCIATION_REMOVED, IS_PRIMARY_ASSOCIATION -> Kind.BOOLEAN;
      case MERGED_OBJECT_IDS -> Kind.LONG_ARRAY;
      case SUBSCRIPTION_TYPE,
          OBJECT_TYPE_ID,
          CHANGE_SOURCE,
          SOURCE_ID,
          CHANGE_FLAG,
          PROPERTY_NAME,
          PROPERTY_VALUE,
          ASSOCIATION_TYPE,
          FROM_OBJECT_TYPE_ID,
          TO_OBJECT_TYPE_ID,
          MESSAGE_ID,
          MESSAGE_TYPE ->
          Kind.TEXT;
      default -> Kind.LONG;
    };
  }

  /** This event with one field set to a raw JSON value. */
  EventJson with(String name, String rawValue) {
    fields.put(name, rawValue);
    return this;
  }

  /** This event without a field. */
  EventJson without(String name) {
    fields.remove(name);
    return this;
  }

  @Override
  public String toString() {
    StringJoiner object = new StringJoiner(",", "{", "}");
    fields.forEach((name, value) -> object.add("\"" + name + "\":" + value));
    return object.toString();
  }
}
