package io.github.hubspotapt.processor.endpoints;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import io.github.hubspotapt.processor.vocabulary.CrmObject;
import io.github.hubspotapt.processor.vocabulary.ObjectTypeSyntax;
import java.util.Locale;

/**
 * HS-WEBHOOK-ROUTE: a generated route matches the events of its subscription. It matches by the
 * values as written, while HubSpot substitutes a profile's {@code ${...}} in them; and HubSpot's
 * {@code object.*} events name their object only by its type id ({@code objectTypeId}), which the
 * run time knows for the objects of HubSpot's "Object type ID values" table and no other name (not
 * {@code partner_client}, {@code quote_template}, nor a custom object's {@code p_<name>}). Either
 * way the route would never be called, or the routes would refuse to start.
 */
final class WebhookRouteRule {

  private WebhookRouteRule() {}

  /** Whether the route of {@code subscription} can match its events; if not, it is reported. */
  static boolean routable(WebhookSubscription subscription, Diagnostics diagnostics) {
    boolean routable = literal(subscription.objectType(), "objectType", diagnostics);
    routable &= literal(subscription.propertyName(), "propertyName", diagnostics);
    String objectType = subscription.objectType().value();
    if (!routable
        || objectType == null
        || objectType.isEmpty()
        || ObjectTypeSyntax.isObjectTypeId(objectType)) {
      return routable;
    }
    CrmObject object = CrmObject.ofSingular(objectType.toLowerCase(Locale.ROOT));
    if (object != null && object.objectTypeId() != null) {
      return true;
    }
    diagnostics.report(
        RuleId.WEBHOOK_ROUTE,
        subscription.objectType().origin(),
        "objectType \""
            + objectType
            + "\" has no object type id the generated route knows, and HubSpot's object.* events name"
            + " their object only by that id, so the route could not match them; write the id HubSpot"
            + " gives the object in your account (0-<n> for HubSpot's objects, 2-<n> for a custom"
            + " object, from the CRM's object schemas), e.g. 2-1234");
    return false;
  }

  private static boolean literal(Located<String> value, String member, Diagnostics diagnostics) {
    if (value.value() == null || !value.value().contains("${")) {
      return true;
    }
    diagnostics.report(
        RuleId.WEBHOOK_ROUTE,
        value.origin(),
        member
            + " \""
            + value.value()
            + "\" holds a profile variable, which HubSpot substitutes in the subscription while the"
            + " generated route matches events by the text as written, so it would never be called;"
            + " write the value itself");
    return false;
  }
}
