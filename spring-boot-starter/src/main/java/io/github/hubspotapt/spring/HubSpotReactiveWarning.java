package io.github.hubspotapt.spring;

import io.github.hubspotapt.runtime.HubSpotEndpoints;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Under WebFlux nothing serves the endpoints, so start-up says so once, naming the beans, rather
 * than letting HubSpot's requests meet 404s.
 */
final class HubSpotReactiveWarning implements SmartInitializingSingleton {

  private static final Log LOG = LogFactory.getLog(HubSpotReactiveWarning.class);

  private final ListableBeanFactory beans;

  HubSpotReactiveWarning(ListableBeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public void afterSingletonsInstantiated() {
    Set<String> names = beans.getBeansOfType(HubSpotEndpoints.class).keySet();
    if (!names.isEmpty()) {
      LOG.warn(
          "HubSpot endpoints "
              + names
              + " are not served: this is a WebFlux application, and the starter serves "
              + "them with a servlet. Use Spring MVC (spring-boot-starter-web), or route the requests to "
              + "HubSpotEndpoints.handle(HubSpotRequest) yourself.");
    }
  }
}
