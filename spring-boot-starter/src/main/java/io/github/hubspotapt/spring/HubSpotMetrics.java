package io.github.hubspotapt.spring;

import io.github.hubspotapt.runtime.HubSpotEndpoints;
import io.github.hubspotapt.runtime.RequestLog;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The counter {@code hubspot.requests} of each {@code HubSpotEndpoints} bean, tagged {@code
 * endpoints} (the bean's name) and {@code outcome}: {@code accepted} (verified and answered 2xx),
 * {@code refused} (answered 4xx before anything was dispatched: signature, method, size, malformed
 * body) and {@code failed} (a handler threw). They read the counts of the endpoints' own {@link
 * RequestLog}, whichever log the application built them with.
 */
final class HubSpotMetrics implements MeterBinder {

  static final String NAME = "hubspot.requests";

  private final ListableBeanFactory beans;

  HubSpotMetrics(ListableBeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    beans
        .getBeansOfType(HubSpotEndpoints.class)
        .forEach(
            (name, endpoints) -> {
              RequestLog log = endpoints.log();
              counter(registry, name, "accepted", log, l -> l.acceptedCount());
              counter(registry, name, "refused", log, l -> l.refusedCount());
              counter(registry, name, "failed", log, l -> l.failedCount());
            });
  }

  private static void counter(
      MeterRegistry registry,
      String endpoints,
      String outcome,
      RequestLog log,
      ToDoubleFunction<RequestLog> count) {
    FunctionCounter.builder(NAME, log, count)
        .description("HubSpot requests answered, by outcome")
        .tag("endpoints", endpoints)
        .tag("outcome", outcome)
        .register(registry);
  }
}
