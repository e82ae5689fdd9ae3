package io.github.hubspotapt.spring;

import io.github.hubspotapt.runtime.HubSpotEndpoints;
import io.github.hubspotapt.runtime.servlet.HubSpotServlet;
import jakarta.servlet.ServletContext;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.web.servlet.ServletContextInitializer;

/**
 * One {@link HubSpotServlet} per {@code HubSpotEndpoints} bean, named after the bean and mapped at
 * its paths under the application's context path. Exact mappings take precedence over Spring MVC's
 * {@code DispatcherServlet} at {@code /}, so the application's own controllers are untouched, and a
 * controller cannot shadow a HubSpot endpoint.
 */
final class HubSpotServletRegistrations implements ServletContextInitializer {

  private static final Log LOG = LogFactory.getLog(HubSpotServletRegistrations.class);

  private final ListableBeanFactory beans;
  private final int maxBodyBytes;

  HubSpotServletRegistrations(ListableBeanFactory beans, int maxBodyBytes) {
    this.beans = beans;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void onStartup(ServletContext context) {
    Map<String, HubSpotEndpoints> endpoints = beans.getBeansOfType(HubSpotEndpoints.class);
    if (endpoints.isEmpty()) {
      LOG.warn(
          "No HubSpotEndpoints bean, so no HubSpot endpoint is served: declare a @Bean HubSpotEndpoints built "
              + "with the generated <App>Endpoints.builder()");
    }
    endpoints.forEach(
        (name, served) -> {
          HubSpotServlet servlet = new HubSpotServlet(served, maxBodyBytes);
          HubSpotServlet.register(context, name + "Servlet", servlet);
          LOG.info(
              "HubSpot endpoints "
                  + name
                  + " served at "
                  + servlet.mappings()
                  + (context.getContextPath().isEmpty()
                      ? ""
                      : " under the context path " + context.getContextPath()));
        });
  }
}
