package io.github.hubspotapt.runtime.webhook;

import java.util.Locale;
import java.util.Map;

/**
 * HubSpot's object type ids ({@code 0-3}) by the lower-case singular names webhook subscriptions
 * write ({@code deal}). Generic {@code object.*} events name their object only by its id, in {@code
 * objectTypeId}, so a route declared with a name is matched through this table. The ids are those
 * of HubSpot's "Object type ID values" table (developers.hubspot.com, understanding the CRM);
 * custom objects are {@code 2-<n>}, which only the account's schema API knows, so a custom object
 * is declared by its id.
 */
public final class ObjectTypeIds {

  private static final Map<String, String> BY_NAME =
      Map.ofEntries(
          Map.entry("contact", "0-1"),
          Map.entry("company", "0-2"),
          Map.entry("deal", "0-3"),
          Map.entry("ticket", "0-5"),
          Map.entry("product", "0-7"),
          Map.entry("line_item", "0-8"),
          Map.entry("quote", "0-14"),
          Map.entry("communication", "0-18"),
          Map.entry("feedback_submission", "0-19"),
          Map.entry("task", "0-27"),
          Map.entry("note", "0-46"),
          // Webhook subscriptions call meetings meeting_event; the object is HubSpot's meetings,
          // 0-47.
          Map.entry("meeting", "0-47"),
          Map.entry("meeting_event", "0-47"),
          Map.entry("call", "0-48"),
          Map.entry("email", "0-49"),
          Map.entry("invoice", "0-53"),
          Map.entry("marketing_event", "0-54"),
          Map.entry("subscription", "0-69"),
          // HubSpot's table calls 0-74 goals; webhook subscriptions call the object goal_target.
          Map.entry("goal_target", "0-74"),
          Map.entry("discount", "0-84"),
          Map.entry("fee", "0-85"),
          Map.entry("tax", "0-86"),
          // HubSpot's table calls 0-101 payments; webhook subscriptions call the object
          // commerce_payment.
          Map.entry("commerce_payment", "0-101"),
          Map.entry("user", "0-115"),
          Map.entry("postal_mail", "0-116"),
          Map.entry("order", "0-123"),
          Map.entry("lead", "0-136"),
          Map.entry("cart", "0-142"),
          Map.entry("service", "0-162"),
          Map.entry("course", "0-410"),
          Map.entry("listing", "0-420"),
          Map.entry("appointment", "0-421"),
          Map.entry("project", "0-970"));

  private ObjectTypeIds() {}

  /**
   * The object type id of a declared object type.
   *
   * @param objectType a name as subscriptions write it ({@code line_item}, in any letter case) or
   *     an id ({@code 0-8}, {@code 2-1234})
   * @return the id; null for a name this table does not know
   */
  public static String idOf(String objectType) {
    if (isObjectTypeId(objectType)) {
      return objectType;
    }
    return BY_NAME.get(objectType.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a value is written as an object type id: digits, {@code -}, digits ({@code 0-3}, {@code
   * 2-1234}).
   *
   * @param value the value
   * @return whether it is an id
   */
  public static boolean isObjectTypeId(String value) {
    int dash = value.indexOf('-');
    return dash > 0
        && dash < value.length() - 1
        && digits(value, 0, dash)
        && digits(value, dash + 1, value.length());
  }

  private static boolean digits(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
