package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The same subscription (type, object, property) declared twice would deliver every event twice.
 */
final class WebhookDuplicateRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    Map<String, List<WebhookSubscription>> same = new LinkedHashMap<>();
    for (WebhookSubscription subscription : project.webhookSubscriptions()) {
      String key =
          subscription.subscriptionType().value()
              + "|"
              + subscription.objectType().value()
              + "|"
              + subscription.propertyName().value();
      List<WebhookSubscription> group = same.get(key);
      if (group == null) {
        group = new ArrayList<>();
        same.put(key, group);
      }
      group.add(subscription);
    }
    for (List<WebhookSubscription> group : same.values()) {
      if (group.size() < 2) {
        continue;
      }
      String where =
          group.stream()
              .map(s -> s.origin().element().toString())
              .collect(Collectors.joining(", "));
      for (WebhookSubscription subscription : group) {
        diagnostics.report(
            RuleId.WEBHOOK_DUPLICATE,
            subscription.origin(),
            "subscription "
                + Quote.of(subscription.subscriptionType().value())
                + (subscription.objectType().value().isEmpty()
                    ? ""
                    : " on " + subscription.objectType().value())
                + (subscription.propertyName().value().isEmpty()
                    ? ""
                    : " of " + subscription.propertyName().value())
                + " is declared "
                + group.size()
                + " times ("
                + where
                + "); declare it once");
      }
    }
  }
}
