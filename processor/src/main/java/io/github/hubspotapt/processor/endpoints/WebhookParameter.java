package io.github.hubspotapt.processor.endpoints;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a parameter of a {@code @WebhookSubscription} method can be bound to: the event itself (a
 * parameter of type {@code WebhookEvent}, any name), or one of the event's values by the
 * parameter's name, which is HubSpot's JSON name (RUNTIME.md §2), in one of the Java types listed
 * for it. Values an event may lack are bound only to types that hold null, so a missing value never
 * throws in the generated code.
 *
 * @param name HubSpot's name of the value, which is the parameter's name
 * @param types the Java types the value binds to, as javac prints them
 * @param accessor the expression, on {@code event}, for each of those types, in the same order
 */
record WebhookParameter(String name, List<String> types, List<String> accessor) {

  private static final Map<String, WebhookParameter> BY_NAME = table();

  private static Map<String, WebhookParameter> table() {
    Map<String, WebhookParameter> table = new LinkedHashMap<>();
    value(table, "eventId", "long", "java.lang.Long");
    value(table, "subscriptionId", "long", "java.lang.Long");
    value(table, "portalId", "long", "java.lang.Long");
    value(table, "appId", "long", "java.lang.Long");
    value(table, "objectId", "long", "java.lang.Long");
    value(table, "attemptNumber", "int", "java.lang.Integer");
    add(
        table,
        "occurredAt",
        List.of("java.time.Instant", "long"),
        List.of("event.occurredAt()", "event.occurredAt().toEpochMilli()"));
    for (String text :
        List.of(
            "subscriptionType",
            "objectTypeId",
            "changeSource",
            "sourceId",
            "changeFlag",
            "propertyName",
            "propertyValue",
            "associationType",
            "messageId",
            "messageType")) {
      value(table, text, "java.lang.String");
    }
    for (String flag : List.of("isSensitive", "associationRemoved", "isPrimaryAssociation")) {
      value(table, flag, "boolean", "java.lang.Boolean");
    }
    for (String optionalId :
        List.of("primaryObjectId", "newObjectId", "fromObjectId", "toObjectId")) {
      value(table, optionalId, "java.lang.Long");
    }
    value(table, "numberOfPropertiesMoved", "java.lang.Integer");
    value(table, "mergedObjectIds", "java.util.List<java.lang.Long>");
    return Collections.unmodifiableMap(table);
  }

  private static void value(Map<String, WebhookParameter> table, String name, String... types) {
    add(
        table,
        name,
        List.of(types),
        List.of(types).stream().map(type -> "event." + name + "()").toList());
  }

  private static void add(
      Map<String, WebhookParameter> table,
      String name,
      List<String> types,
      List<String> accessors) {
    table.put(name, new WebhookParameter(name, types, accessors));
  }

  /**
   * The value bound to a parameter of this name; null when the name is none of the event's values.
   */
  static WebhookParameter named(String name) {
    return BY_NAME.get(name);
  }

  /** Every name a parameter can have. */
  static Set<String> names() {
    return BY_NAME.keySet();
  }

  /**
   * The expression for a parameter of {@code type}; null when the value does not bind to that type.
   */
  String accessorFor(String type) {
    int index = types.indexOf(type);
    return index < 0 ? null : accessor.get(index);
  }
}
