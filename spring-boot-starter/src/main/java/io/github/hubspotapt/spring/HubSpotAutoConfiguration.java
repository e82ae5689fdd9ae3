package io.github.hubspotapt.spring;

import java.util.List;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Serves the application's {@code HubSpotEndpoints} beans: binds {@code hubspot.*} into {@link
 * HubSpotSettings}, maps a servlet at each bean's paths in a Spring MVC (servlet) application,
 * counts what was served in Micrometer when it is on the class path, and under WebFlux registers
 * nothing and says so.
 */
@AutoConfiguration
@EnableConfigurationProperties(HubSpotProperties.class)
public class HubSpotAutoConfiguration {

  /** The auto-configuration; Spring Boot creates it. */
  public HubSpotAutoConfiguration() {}

  /**
   * The checked settings.
   *
   * @param properties the bound properties
   * @param environment for the active Spring profiles
   * @return the settings
   * @throws HubSpotSetupException when the client secret is missing
   */
  @Bean
  @ConditionalOnMissingBean
  public HubSpotSettings hubSpotSettings(HubSpotProperties properties, Environment environment) {
    return new HubSpotSettings(properties, List.of(environment.getActiveProfiles()));
  }

  /** In a servlet container: Spring MVC on Tomcat, Jetty or Undertow. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  static class ServletServing {

    @Bean
    HubSpotServletRegistrations hubSpotServletRegistrations(
        ListableBeanFactory beans, HubSpotSettings settings) {
      return new HubSpotServletRegistrations(beans, settings.maxBodyBytes());
    }
  }

  /** Under WebFlux there is no servlet container to serve from. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
  static class ReactiveWarning {

    @Bean
    HubSpotReactiveWarning hubSpotReactiveWarning(ListableBeanFactory beans) {
      return new HubSpotReactiveWarning(beans);
    }
  }

  /**
   * Counters beside the application's other meters; Spring Boot's actuator binds them to its
   * registries.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
  static class Metrics {

    @Bean
    HubSpotMetrics hubSpotMetrics(ListableBeanFactory beans) {
      return new HubSpotMetrics(beans);
    }
  }
}
