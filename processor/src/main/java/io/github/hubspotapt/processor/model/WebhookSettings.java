package io.github.hubspotapt.processor.model;

/**
 * {@code @WebhookSettings}: the webhooks component, whose subscriptions come from the whole
 * project.
 */
public record WebhookSettings(
    Origin origin,
    Located<String> uid,
    ComponentFile file,
    Located<String> targetUrl,
    Located<Integer> maxConcurrentRequests,
    Located<String> maxConcurrentRequestsVariable,
    boolean maxConcurrentRequestsWritten)
    implements Feature {

  @Override
  public ComponentType type() {
    return ComponentType.WEBHOOKS;
  }
}
