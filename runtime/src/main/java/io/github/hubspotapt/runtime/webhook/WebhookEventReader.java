package io.github.hubspotapt.runtime.webhook;

import static io.github.hubspotapt.runtime.webhook.JsonValues.bool;
import static io.github.hubspotapt.runtime.webhook.JsonValues.intValue;
import static io.github.hubspotapt.runtime.webhook.JsonValues.longArray;
import static io.github.hubspotapt.runtime.webhook.JsonValues.longValue;
import static io.github.hubspotapt.runtime.webhook.JsonValues.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.hubspotapt.runtime.MalformedRequestException;
import java.io.IOException;

/**
 * Reads one event object of a batch into a {@link WebhookEvent}: the fields it knows by their JSON
 * names, any other field skipped unread (HubSpot adds fields), {@code null} taken as absent, a
 * field given twice refused (a signed body HubSpot wrote has none, and which one counts would be a
 * guess).
 *
 * <p>Required, because without them an event cannot be told apart or routed: {@code
 * subscriptionType}, {@code eventId}, {@code portalId}, {@code occurredAt}, and {@code objectId};
 * an {@code associationChange} event needs {@code fromObjectId} and {@code toObjectId} instead, as
 * HubSpot has been seen to leave its {@code objectId} out.
 */
final class WebhookEventReader {

  private static final int ALWAYS_REQUIRED =
      EventField.SUBSCRIPTION_TYPE.bit()
          | EventField.EVENT_ID.bit()
          | EventField.PORTAL_ID.bit()
          | EventField.OCCURRED_AT.bit();
  private static final int ASSOCIATION_ENDS =
      EventField.FROM_OBJECT_ID.bit() | EventField.TO_OBJECT_ID.bit();

  private WebhookEventReader() {}

  /**
   * Reads an event.
   *
   * @param parser a parser on the event's {@code START_OBJECT}; left on its {@code END_OBJECT}
   * @param position where the parser is; its field is set while a value is read
   * @return the event
   * @throws IOException when the JSON is not well-formed
   * @throws MalformedRequestException when a value has the wrong type or a required field is
   *     missing
   */
  static WebhookEvent read(JsonParser parser, Position position)
      throws IOException, MalformedRequestException {
    WebhookEvent.Builder event = new WebhookEvent.Builder();
    int seen = 0;
    int present = 0;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      position.field = name;
      position.lastField = name;
      JsonToken value = parser.nextToken();
      EventField field = EventField.named(name);
      if (field == null) {
        parser.skipChildren();
      } else if ((seen & field.bit()) != 0) {
        throw position.malformed("the field appears twice in one event");
      } else {
        seen |= field.bit();
        if (value != JsonToken.VALUE_NULL) {
          present |= field.bit();
          readValue(field, parser, position, event);
        }
      }
      position.field = null;
    }
    position.lastField = null;
    requireFields(present, event, position);
    return event.build();
  }

  private static void readValue(
      EventField field, JsonParser parser, Position position, WebhookEvent.Builder event)
      throws IOException, MalformedRequestException {
    switch (field) {
      case EVENT_ID -> event.eventId = longValue(parser, position);
      case SUBSCRIPTION_ID -> event.subscriptionId = longValue(parser, position);
      case PORTAL_ID -> event.portalId = longValue(parser, position);
      case APP_ID -> event.appId = longValue(parser, position);
      case OCCURRED_AT -> event.occurredAt = longValue(parser, position);
      case SUBSCRIPTION_TYPE -> event.subscriptionType = text(parser, position);
      case ATTEMPT_NUMBER -> event.attemptNumber = intValue(parser, position);
      case OBJECT_ID -> event.objectId = longValue(parser, position);
      case OBJECT_TYPE_ID -> event.objectTypeId = text(parser, position);
      case CHANGE_SOURCE -> event.changeSource = text(parser, position);
      case SOURCE_ID -> event.sourceId = text(parser, position);
      case CHANGE_FLAG -> event.changeFlag = text(parser, position);
      case PROPERTY_NAME -> event.propertyName = text(parser, position);
      case PROPERTY_VALUE -> event.propertyValue = text(parser, position);
      case IS_SENSITIVE -> event.isSensitive = bool(parser, position);
      case PRIMARY_OBJECT_ID -> event.primaryObjectId = longValue(parser, position);
      case MERGED_OBJECT_IDS -> event.mergedObjectIds = longArray(parser, position);
      case NEW_OBJECT_ID -> event.newObjectId = longValue(parser, position);
      case NUMBER_OF_PROPERTIES_MOVED -> event.numberOfPropertiesMoved = intValue(parser, position);
      case ASSOCIATION_TYPE -> event.associationType = text(parser, position);
      case FROM_OBJECT_ID -> event.fromObjectId = longValue(parser, position);
      case TO_OBJECT_ID -> event.toObjectId = longValue(parser, position);
      case FROM_OBJECT_TYPE_ID -> event.fromObjectTypeId = text(parser, position);
      case TO_OBJECT_TYPE_ID -> event.toObjectTypeId = text(parser, position);
      case ASSOCIATION_REMOVED -> event.associationRemoved = bool(parser, position);
      case IS_PRIMARY_ASSOCIATION -> event.isPrimaryAssociation = bool(parser, position);
      case MESSAGE_ID -> event.messageId = text(parser, position);
      case MESSAGE_TYPE -> event.messageType = text(parser, position);
    }
  }

  private static void requireFields(int present, WebhookEvent.Builder event, Position position)
      throws MalformedRequestException {
    int missing = missingFields(present, event);
    if (missing != 0) {
      String name = EventField.values()[Integer.numberOfTrailingZeros(missing)].jsonName();
      throw position.malformed("the required field \"" + name + "\" is missing or null");
    }
  }

  /**
   * The required fields an event lacks; when it has them all and is an {@code associationChange}
   * without {@code objectId}, its {@code objectId} becomes its {@code fromObjectId}.
   *
   * @param present the fields read with a value other than null, as {@link EventField#bit()}s
   * @param event the event read
   * @return the missing fields' bits, the first to name first; 0 when none is missing
   */
  static int missingFields(int present, WebhookEvent.Builder event) {
    int missing = ALWAYS_REQUIRED & ~present;
    if (missing != 0 || (present & EventField.OBJECT_ID.bit()) != 0) {
      return missing;
    }
    if (event.subscriptionType.endsWith(".associationChange")) {
      missing = ASSOCIATION_ENDS & ~present;
      if (missing == 0) {
        event.objectId = event.fromObjectId;
      }
      return missing;
    }
    return EventField.OBJECT_ID.bit() & ~present;
  }
}
