package io.github.hubspotapt.runtime.webhook;

/**
 * What an app does with one webhook event: the method a {@code @WebhookSubscription} annotates,
 * called through the code generated for it. A listener that throws makes the batch's answer a 500,
 * so HubSpot sends the whole batch again; {@link WebhookEvent#deduplicationKey()} tells a retried
 * event from a new one.
 */
@FunctionalInterface
public interface WebhookListener {

  /**
   * Handles one event.
   *
   * @param event the event
   * @throws Exception when the event could not be handled and HubSpot should send it again
   */
  void on(WebhookEvent event) throws Exception;
}
