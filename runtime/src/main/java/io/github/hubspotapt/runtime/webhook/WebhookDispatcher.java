package io.github.hubspotapt.runtime.webhook;

import java.util.ArrayList;
import java.util.List;

/**
 * Calls the listeners of a parsed batch: every event, in the batch's order, to every route it
 * matches, in declaration order. A listener that throws does not stop the batch: the other events
 * are handled now rather than after HubSpot's retry (which re-sends the whole batch anyway, so
 * stopping would spare nothing), and one event that always fails does not hold back the others for
 * the 24 hours of HubSpot's retries. A retry therefore brings events that were handled: {@link
 * WebhookEvent#deduplicationKey()} is how a listener skips them.
 */
final class WebhookDispatcher {

  private final WebhookRouter router;

  WebhookDispatcher(WebhookRouter router) {
    this.router = router;
  }

  /**
   * Dispatches a batch.
   *
   * @param events the batch
   * @throws WebhookDispatchException after the whole batch, when any listener threw
   */
  void dispatch(List<WebhookEvent> events) throws WebhookDispatchException {
    List<WebhookDispatchException> failures = new ArrayList<>(0);
    for (int index = 0; index < events.size(); index++) {
      WebhookEvent event = events.get(index);
      for (WebhookRoute route : router.routesFor(event)) {
        try {
          route.listener().on(event);
        } catch (Exception e) {
          if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
          }
          failures.add(
              new WebhookDispatchException(
                  route.name() + " failed on events[" + index + "] " + event, e));
        }
      }
    }
    if (!failures.isEmpty()) {
      throw summary(failures, events.size());
    }
  }

  private static WebhookDispatchException summary(
      List<WebhookDispatchException> failures, int batchSize) {
    WebhookDispatchException first = failures.get(0);
    WebhookDispatchException summary =
        new WebhookDispatchException(
            failures.size()
                + " listener call(s) failed in"
                + " a batch of "
                + batchSize
                + " event(s); the first: "
                + first.getMessage(),
            first.getCause());
    failures.subList(1, failures.size()).forEach(summary::addSuppressed);
    return summary;
  }
}
