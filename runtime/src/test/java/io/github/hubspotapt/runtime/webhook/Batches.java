package io.github.hubspotapt.runtime.webhook;

import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Webhook batches as HubSpot sends them, for tests: one event of each shape, and batches built from
 * them.
 */
final class Batches {

  /** HubSpot's documented classic event (its signature test vector body). */
  static final String CLASSIC_CREATION =
      "{\"eventId\":1,\"subscriptionId\":12345,\"portalId\":62515,"
          + "\"occurredAt\":1564113600000,\"subscriptionType\":\"contact.creation\",\"attemptNumber\":0,"
          + "\"objectId\":123,\"changeSource\":\"CRM\",\"changeFlag\":\"NEW\",\"appId\":54321}";

  /** A generic property change, with the fields HubSpot's generic-webhook guide lists. */
  static final String GENERIC_PROPERTY_CHANGE =
      "{\"eventId\":3814390941,\"subscriptionId\":2983110,"
          + "\"portalId\":62515,\"appId\":54321,\"occurredAt\":1722957035843,"
          + "\"subscriptionType\":\"object.propertyChange\",\"attemptNumber\":2,\"objectId\":18446621,"
          + "\"objectTypeId\":\"0-3\",\"changeSource\":\"CRM_UI\",\"sourceId\":\"userId:75514748\","
          + "\"changeFlag\":\"UPDATED\",\"propertyName\":\"dealstage\",\"propertyValue\":\"closedwon\","
          + "\"isSensitive\":false}";

  /** A classic merge. */
  static final String MERGE =
      "{\"eventId\":99,\"subscriptionId\":555,\"portalId\":62515,\"appId\":54321,"
          + "\"occurredAt\":1700000000000,\"subscriptionType\":\"contact.merge\",\"attemptNumber\":0,"
          + "\"objectId\":100,\"changeSource\":\"CRM_UI\",\"primaryObjectId\":100,\"mergedObjectIds\":[200,300],"
          + "\"newObjectId\":400,\"numberOfPropertiesMoved\":47}";

  /** A classic association change in the captured shape: no objectId, no subscriptionId. */
  static final String ASSOCIATION_CHANGE =
      "{\"eventId\":2073333923,\"portalId\":50249912,\"appId\":36665006,"
          + "\"occurredAt\":1786997905997,\"subscriptionType\":\"deal.associationChange\",\"attemptNumber\":0,"
          + "\"changeSource\":\"USER\",\"associationType\":\"DEAL_TO_LINE_ITEM\",\"fromObjectId\":64058987777,"
          + "\"toObjectId\":58061514894,\"associationRemoved\":false,\"isPrimaryAssociation\":true,"
          + "\"sourceId\":\"userId:82088707\"}";

  /** A conversation message. */
  static final String NEW_MESSAGE =
      "{\"eventId\":7,\"subscriptionId\":777,\"portalId\":62515,\"appId\":54321,"
          + "\"occurredAt\":1700000001000,\"subscriptionType\":\"conversation.newMessage\",\"attemptNumber\":1,"
          + "\"objectId\":5005,\"messageId\":\"a1b2c3\",\"messageType\":\"MESSAGE\",\"changeFlag\":\"NEW_MESSAGE\"}";

  /** One event of each shape, as one batch. */
  static final String MIXED =
      array(CLASSIC_CREATION, GENERIC_PROPERTY_CHANGE, MERGE, ASSOCIATION_CHANGE, NEW_MESSAGE);

  private Batches() {}

  /** A JSON array of the given event objects. */
  static String array(String... events) {
    StringJoiner joined = new StringJoiner(",", "[", "]");
    for (String event : events) {
      joined.add(event);
    }
    return joined.toString();
  }

  /** The same event {@code count} times, as one batch. */
  static String repeated(String event, int count) {
    return array(java.util.Collections.nCopies(count, event).toArray(new String[0]));
  }

  /** UTF-8 bytes of a text. */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
