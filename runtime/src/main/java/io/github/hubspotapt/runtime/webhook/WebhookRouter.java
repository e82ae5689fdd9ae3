package io.github.hubspotapt.runtime.webhook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the routes an event matches, in the order they were declared. The lookup is built once: by
 * subscription type, then object type id, then property name, each level falling back to the routes
 * declared for any; so matching costs three hash lookups per event however many routes there are.
 * An event no route matches gets none, which is not an error: HubSpot's event is acknowledged and
 * dropped.
 *
 * <p>A generic event's object is its {@code objectTypeId}; an {@code object.associationChange}
 * event without one (captured payloads carry {@code fromObjectTypeId} instead) is matched by the
 * object its association starts at.
 */
public final class WebhookRouter {

  private static final String ANY = "";

  /**
   * Subscription type, then object type id or ANY, then property name or ANY: the routes,
   * declaration order.
   */
  private final Map<String, Map<String, Map<String, List<WebhookRoute>>>> lookup = new HashMap<>();

  /**
   * A router.
   *
   * @param routes the routes, in the order their listeners are called for an event that matches
   *     several
   */
  public WebhookRouter(List<WebhookRoute> routes) {
    Map<String, List<WebhookRoute>> byType = new LinkedHashMap<>();
    for (WebhookRoute route : routes) {
      byType.computeIfAbsent(route.subscriptionType(), type -> new ArrayList<>()).add(route);
    }
    byType.forEach((type, typeRoutes) -> lookup.put(type, crossTable(typeRoutes)));
  }

  /**
   * The routes of an event.
   *
   * @param event the event
   * @return its routes in declaration order; empty when none matches
   */
  public List<WebhookRoute> routesFor(WebhookEvent event) {
    Map<String, Map<String, List<WebhookRoute>>> byObject = lookup.get(event.subscriptionType());
    if (byObject == null) {
      return List.of();
    }
    Map<String, List<WebhookRoute>> byProperty = byObject.get(objectTypeIdOf(event));
    if (byProperty == null) {
      byProperty = byObject.get(ANY);
    }
    List<WebhookRoute> matched =
        event.propertyName() == null ? null : byProperty.get(event.propertyName());
    return matched != null ? matched : byProperty.get(ANY);
  }

  /**
   * For every declared object (and ANY) and every declared property (and ANY), the routes that
   * match it: those declared for that object or any, and for that property or any. An event whose
   * object or property no route names matches exactly the routes declared for any, which is what
   * the ANY entries hold.
   */
  private static Map<String, Map<String, List<WebhookRoute>>> crossTable(
      List<WebhookRoute> routes) {
    Set<String> objects = new LinkedHashSet<>(List.of(ANY));
    Set<String> properties = new LinkedHashSet<>(List.of(ANY));
    for (WebhookRoute route : routes) {
      objects.add(route.objectTypeId());
      properties.add(route.propertyName());
    }
    Map<String, Map<String, List<WebhookRoute>>> byObject = new HashMap<>();
    for (String object : objects) {
      Map<String, List<WebhookRoute>> byProperty = new HashMap<>();
      for (String property : properties) {
        List<WebhookRoute> matching = new ArrayList<>();
        for (WebhookRoute route : routes) {
          if (matchesOrAny(route.objectTypeId(), object)
              && matchesOrAny(route.propertyName(), property)) {
            matching.add(route);
          }
        }
        byProperty.put(property, List.copyOf(matching));
      }
      byObject.put(object, byProperty);
    }
    return byObject;
  }

  private static boolean matchesOrAny(String declared, String key) {
    return declared.equals(ANY) || declared.equals(key);
  }

  private static String objectTypeIdOf(WebhookEvent event) {
    String id = event.objectTypeId() != null ? event.objectTypeId() : event.fromObjectTypeId();
    return id == null ? ANY : id;
  }
}
