package io.github.hubspotapt.runtime.webhook;

import java.util.Objects;

/**
 * Which events one listener receives: one {@code @WebhookSubscription}, as the code generated from
 * it declares it. Classic types ({@code contact.creation}) and {@code contact.privacyDeletion} and
 * {@code conversation.*} name their events by the type alone; generic {@code object.*} types add
 * the object, matched against the event's {@code "objectTypeId"}; {@code *.propertyChange} types
 * may add the property.
 *
 * @param subscriptionType the event type, exactly as HubSpot writes it ({@code
 *     object.propertyChange})
 * @param objectType for {@code object.*} types, the object as subscriptions write it ({@code deal},
 *     {@code line_item}) or its object type id ({@code 0-3}, {@code 2-1234} for a custom object);
 *     {@code ""} for any object, and always {@code ""} for the other types
 * @param propertyName for {@code *.propertyChange} types, the property ({@code dealstage}); {@code
 *     ""} for any, and always {@code ""} for the other types
 * @param name what logs call the listener ({@code DealWebhooks.onDealStageChange})
 * @param listener what handles the events
 */
public record WebhookRoute(
    String subscriptionType,
    String objectType,
    String propertyName,
    String name,
    WebhookListener listener) {

  private static final String GENERIC_PREFIX = "object.";
  private static final String PROPERTY_CHANGE_SUFFIX = ".propertyChange";

  /**
   * A route, checked: a route that could never match is a mistake in the declaration, so it fails
   * when the app builds its endpoint rather than dropping events later.
   *
   * @throws IllegalArgumentException when the object type or property does not fit the subscription
   *     type, or the object type is a name without a known object type id
   */
  public WebhookRoute {
    Objects.requireNonNull(subscriptionType, "subscriptionType");
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(propertyName, "propertyName");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(listener, "listener");
    if (subscriptionType.isBlank()) {
      throw new IllegalArgumentException("route " + name + ": subscriptionType is empty");
    }
    if (!objectType.isEmpty() && !isGeneric(subscriptionType)) {
      throw new IllegalArgumentException(
          "route "
              + name
              + ": objectType \""
              + objectType
              + "\" applies to object.*"
              + " subscriptions only; "
              + subscriptionType
              + " takes objectType \"\"");
    }
    if (!objectType.isEmpty() && ObjectTypeIds.idOf(objectType) == null) {
      throw new IllegalArgumentException(
          "route "
              + name
              + ": objectType \""
              + objectType
              + "\" has no known object"
              + " type id; expected a lower-case singular name such as contact, deal, line_item, or an object type id"
              + " such as 0-3, or 2-1234 for a custom object (HubSpot sends only the id)");
    }
    if (!propertyName.isEmpty() && !isPropertyChange(subscriptionType)) {
      throw new IllegalArgumentException(
          "route "
              + name
              + ": propertyName \""
              + propertyName
              + "\" applies to"
              + " *.propertyChange subscriptions only; "
              + subscriptionType
              + " takes propertyName \"\"");
    }
  }

  /** The object type id the route matches; {@code ""} for any. */
  String objectTypeId() {
    return objectType.isEmpty() ? "" : ObjectTypeIds.idOf(objectType);
  }

  private static boolean isGeneric(String subscriptionType) {
    return subscriptionType.startsWith(GENERIC_PREFIX);
  }

  private static boolean isPropertyChange(String subscriptionType) {
    return subscriptionType.endsWith(PROPERTY_CHANGE_SUFFIX);
  }
}
