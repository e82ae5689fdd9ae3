package io.github.hubspotapt.bench.jmh;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A full webhook batch as HubSpot posts it: 100 generic {@code object.*} events, fields as
 * RUNTIME.md §2 lists them, in a mix a deal-pipeline app sees: 70 deal stage changes, 10 contact
 * lifecycle stage changes, 15 contact creations and 5 deal deletions, shuffled with a fixed seed so
 * that every run posts the same bytes.
 */
final class WebhookBatch {

  static final String TARGET_URL = "https://app.example.com/hubspot/webhooks";
  static final int EVENTS = 100;

  private static final String[] DEAL_STAGES = {
    "appointmentscheduled",
    "qualifiedtobuy",
    "presentationscheduled",
    "decisionmakerboughtin",
    "contractsent",
    "closedwon",
    "closedlost"
  };
  private static final String[] LIFECYCLE_STAGES = {
    "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer"
  };

  private WebhookBatch() {}

  /** The batch's JSON text. */
  static String json() {
    Random random = new Random(24);
    List<String> events = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      events.add(
          propertyChange("0-3", "dealstage", DEAL_STAGES[random.nextInt(DEAL_STAGES.length)]));
    }
    for (int i = 0; i < 10; i++) {
      events.add(
          propertyChange(
              "0-1", "lifecyclestage", LIFECYCLE_STAGES[random.nextInt(LIFECYCLE_STAGES.length)]));
    }
    for (int i = 0; i < 15; i++) {
      events.add(
          "\"subscriptionType\":\"object.creation\",\"objectTypeId\":\"0-1\",\"changeFlag\":\"CREATED\"");
    }
    for (int i = 0; i < 5; i++) {
      events.add(
          "\"subscriptionType\":\"object.deletion\",\"objectTypeId\":\"0-3\",\"changeFlag\":\"DELETED\"");
    }
    Collections.shuffle(events, random);
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < events.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"eventId\":")
          .append(1_728_394_000L + random.nextInt(1_000_000))
          .append(",\"subscriptionId\":")
          .append(2_881_770 + i % 4)
          .append(",\"portalId\":62515,\"appId\":1160452,\"occurredAt\":")
          .append(SignedRequests.SIGNED_AT - 2_000 + i)
          .append(',')
          .append(events.get(i))
          .append(",\"attemptNumber\":0,\"objectId\":")
          .append(18_291_736_000L + random.nextInt(1_000_000))
          .append(",\"changeSource\":\"CRM_UI\",\"sourceId\":\"userId:75514748\"}");
    }
    return json.append(']').toString();
  }

  private static String propertyChange(String objectTypeId, String property, String value) {
    return "\"subscriptionType\":\"object.propertyChange\",\"objectTypeId\":\""
        + objectTypeId
        + "\",\"propertyName\":\""
        + property
        + "\",\"propertyValue\":\""
        + value
        + "\",\"isSensitive\":false";
  }
}
