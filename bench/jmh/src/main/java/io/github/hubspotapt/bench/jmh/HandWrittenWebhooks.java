package io.github.hubspotapt.bench.jmh;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.HubSpotResponse;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * The baseline of a webhook endpoint, as a Java team writes it today: the signature checked by
 * hand, the batch read by Jackson databind into an array of DTO records, each event dispatched by
 * comparing its subscription type, object type and property to the subscriptions the app has.
 */
final class HandWrittenWebhooks {

  /** A webhook event with every field HubSpot sends for generic {@code object.*} subscriptions. */
  record Event(
      long eventId,
      long subscriptionId,
      long portalId,
      long appId,
      long occurredAt,
      String subscriptionType,
      int attemptNumber,
      long objectId,
      String objectTypeId,
      String changeSource,
      String changeFlag,
      String sourceId,
      String propertyName,
      String propertyValue,
      Boolean isSensitive) {}

  private final ObjectMapper mapper =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final HandWrittenVerifier verifier;
  private final Consumer<Event> dealStageChanged;
  private final Consumer<Event> lifecycleStageChanged;
  private final Consumer<Event> contactCreated;
  private final Consumer<Event> dealDeleted;

  HandWrittenWebhooks(
      HandWrittenVerifier verifier,
      Consumer<Event> dealStageChanged,
      Consumer<Event> lifecycleStageChanged,
      Consumer<Event> contactCreated,
      Consumer<Event> dealDeleted) {
    this.verifier = verifier;
    this.dealStageChanged = dealStageChanged;
    this.lifecycleStageChanged = lifecycleStageChanged;
    this.contactCreated = contactCreated;
    this.dealDeleted = dealDeleted;
  }

  HubSpotResponse handle(HubSpotRequest request) {
    if (!verifier.isValid(
        request.method(),
        WebhookBatch.TARGET_URL,
        request.body(),
        request.header("X-HubSpot-Signature-v3"),
        request.header("X-HubSpot-Request-Timestamp"))) {
      return HubSpotResponse.text(401, "Invalid signature");
    }
    Event[] events;
    try {
      events = mapper.readValue(request.body(), Event[].class);
    } catch (IOException e) {
      return HubSpotResponse.text(400, "Bad request");
    }
    for (Event event : events) {
      dispatch(event);
    }
    return HubSpotResponse.empty(204);
  }

  private void dispatch(Event event) {
    switch (event.subscriptionType()) {
      case "object.propertyChange":
        if ("0-3".equals(event.objectTypeId()) && "dealstage".equals(event.propertyName())) {
          dealStageChanged.accept(event);
        } else if ("0-1".equals(event.objectTypeId())
            && "lifecyclestage".equals(event.propertyName())) {
          lifecycleStageChanged.accept(event);
        }
        break;
      case "object.creation":
        if ("0-1".equals(event.objectTypeId())) {
          contactCreated.accept(event);
        }
        break;
      case "object.deletion":
        if ("0-3".equals(event.objectTypeId())) {
          dealDeleted.accept(event);
        }
        break;
      default:
        break;
    }
  }
}
