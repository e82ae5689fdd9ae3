package io.github.hubspotapt.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a {@link HubSpotSetupException} as Spring Boot prints its own start-up failures: what,
 * then the action.
 */
public final class HubSpotSetupFailureAnalyzer
    extends AbstractFailureAnalyzer<HubSpotSetupException> {

  /** The analyzer; Spring Boot creates it from {@code META-INF/spring.factories}. */
  public HubSpotSetupFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, HubSpotSetupException cause) {
    return new FailureAnalysis(cause.description(), cause.action(), cause);
  }
}
