package io.github.hubspotapt.spring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.runtime.HubSpotEndpoints;
import io.github.hubspotapt.runtime.HubSpotResponse;
import io.github.hubspotapt.runtime.RequestLog;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.reactive.context.AnnotationConfigReactiveWebApplicationContext;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Under WebFlux there is no servlet container: nothing is registered, and start-up says so. */
@ExtendWith(OutputCaptureExtension.class)
class WebFluxTest {

  @Test
  void nothingIsRegisteredAndStartUpWarns(CapturedOutput output) {
    try (AnnotationConfigReactiveWebApplicationContext context =
        new AnnotationConfigReactiveWebApplicationContext()) {
      TestPropertyValues.of("hubspot.client-secret=s").applyTo(context);
      context.register(Endpoints.class, HubSpotAutoConfiguration.class);
      context.refresh();

      assertTrue(context.getBeansOfType(ServletContextInitializer.class).isEmpty());
    }

    assertTrue(
        output
            .getAll()
            .contains(
                "HubSpot endpoints [hubSpotEndpoints] are not served: this is a WebFlux "
                    + "application"),
        output.getAll());
  }

  @Configuration(proxyBeanMethods = false)
  static class Endpoints {

    @Bean
    HubSpotEndpoints hubSpotEndpoints() {
      return HubSpotEndpoints.of(
          Map.of("/hubspot/webhooks", request -> HubSpotResponse.empty(204)), new RequestLog());
    }
  }
}
