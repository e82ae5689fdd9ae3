package io.github.hubspotapt.runtime.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookRouterTest {

  private static WebhookRoute route(
      String type, String objectType, String propertyName, String name) {
    return new WebhookRoute(type, objectType, propertyName, name, event -> {});
  }

  private static WebhookEvent event(String type, String objectTypeId, String propertyName) {
    WebhookEvent.Builder event = new WebhookEvent.Builder();
    event.subscriptionType = type;
    event.objectTypeId = objectTypeId;
    event.propertyName = propertyName;
    return event.build();
  }

  private static List<String> names(WebhookRouter router, WebhookEvent event) {
    return router.routesFor(event).stream().map(WebhookRoute::name).toList();
  }

  @Test
  void matchesClassicTypesByTheTypeAlone() {
    WebhookRouter router =
        new WebhookRouter(
            List.of(
                route("contact.creation", "", "", "created"),
                route("contact.deletion", "", "", "deleted"),
                route("contact.privacyDeletion", "", "", "forgotten"),
                route("conversation.newMessage", "", "", "message")));

    assertEquals(List.of("created"), names(router, event("contact.creation", null, null)));
    assertEquals(List.of("deleted"), names(router, event("contact.deletion", null, null)));
    assertEquals(List.of("forgotten"), names(router, event("contact.privacyDeletion", null, null)));
    assertEquals(List.of("message"), names(router, event("conversation.newMessage", null, null)));
    assertEquals(List.of(), names(router, event("company.creation", null, null)));
  }

  @Test
  void matchesClassicPropertyChangesByProperty() {
    WebhookRouter router =
        new WebhookRouter(
            List.of(
                route("contact.propertyChange", "", "lastname", "lastname"),
                route("contact.propertyChange", "", "", "anyProperty"),
                route("conversation.propertyChange", "", "status", "status")));

    assertEquals(
        List.of("lastname", "anyProperty"),
        names(router, event("contact.propertyChange", null, "lastname")));
    assertEquals(
        List.of("anyProperty"), names(router, event("contact.propertyChange", null, "email")));
    assertEquals(
        List.of("status"), names(router, event("conversation.propertyChange", null, "status")));
    assertEquals(
        List.of(), names(router, event("conversation.propertyChange", null, "assignedTo")));
  }

  @Test
  void matchesGenericTypesByTheObjectTypeIdOfADeclaredName() {
    WebhookRouter router =
        new WebhookRouter(
            List.of(
                route("object.creation", "deal", "", "deal"),
                route("object.creation", "line_item", "", "lineItem"),
                route("object.creation", "meeting_event", "", "meeting"),
                route("object.creation", "LEAD", "", "lead")));

    assertEquals(List.of("deal"), names(router, event("object.creation", "0-3", null)));
    assertEquals(List.of("lineItem"), names(router, event("object.creation", "0-8", null)));
    assertEquals(List.of("meeting"), names(router, event("object.creation", "0-47", null)));
    assertEquals(List.of("lead"), names(router, event("object.creation", "0-136", null)));
    assertEquals(List.of(), names(router, event("object.creation", "0-1", null)));
    assertEquals(List.of(), names(router, event("object.creation", null, null)));
    assertEquals(List.of(), names(router, event("object.deletion", "0-3", null)));
  }

  @Test
  void matchesGenericTypesByADeclaredObjectTypeId() {
    WebhookRouter router =
        new WebhookRouter(
            List.of(
                route("object.deletion", "2-1234", "", "custom"),
                route("object.deletion", "0-5", "", "ticket")));

    assertEquals(List.of("custom"), names(router, event("object.deletion", "2-1234", null)));
    assertEquals(List.of("ticket"), names(router, event("object.deletion", "0-5", null)));
    assertEquals(List.of(), names(router, event("object.deletion", "2-1235", null)));
  }

  @Test
  void matchesGenericPropertyChangesByObjectAndProperty() {
    WebhookRouter router =
        new WebhookRouter(
            List.of(
                route("object.propertyChange", "deal", "dealstage", "dealStage"),
                route("object.propertyChange", "deal", "", "anyDealProperty"),
                route("object.propertyChange", "", "dealstage", "dealstageOfAnyObject"),
                route("object.propertyChange", "", "", "anything"),
                route("object.propertyChange", "contact", "email", "contactEmail")));

    assertEquals(
        List.of("dealStage", "anyDealProperty", "dealstageOfAnyObject", "anything"),
        names(router, event("object.propertyChange", "0-3", "dealstage")));
    assertEquals(
        List.of("anyDealProperty", "anything"),
        names(router, event("object.propertyChange", "0-3", "amount")));
    assertEquals(
        List.of("dealstageOfAnyObject", "anything"),
        names(router, event("object.propertyChange", "0-5", "dealstage")));
    assertEquals(
        List.of("anything", "contactEmail"),
        names(router, event("object.propertyChange", "0-1", "email")));
    assertEquals(
        List.of("anything"), names(router, event("object.propertyChange", "0-1", "firstname")));
    assertEquals(
        List.of("anything"), names(router, event("object.propertyChange", "0-2", "email")));
  }

  @Test
  void matchesAGenericAssociationChangeWithoutObjectTypeIdByWhereTheAssociationStarts() {
    WebhookRouter router =
        new WebhookRouter(List.of(route("object.associationChange", "deal", "", "deal")));
    WebhookEvent.Builder fromDeal = new WebhookEvent.Builder();
    fromDeal.subscriptionType = "object.associationChange";
    fromDeal.fromObjectTypeId = "0-3";
    fromDeal.toObjectTypeId = "0-1";
    WebhookEvent.Builder fromContact = new WebhookEvent.Builder();
    fromContact.subscriptionType = "object.associationChange";
    fromContact.fromObjectTypeId = "0-1";
    fromContact.toObjectTypeId = "0-3";

    assertEquals(List.of("deal"), names(router, fromDeal.build()));
    assertEquals(List.of(), names(router, fromContact.build()));
  }

  @Test
  void callsSeveralRoutesOfOneEventInDeclarationOrder() {
    WebhookRouter router =
        new WebhookRouter(
            List.of(
                route("object.creation", "", "", "first"),
                route("contact.creation", "", "", "other"),
                route("object.creation", "contact", "", "second"),
                route("object.creation", "0-1", "", "third")));

    assertEquals(
        List.of("first", "second", "third"), names(router, event("object.creation", "0-1", null)));
  }

  @Test
  void routesNothingWithoutRoutes() {
    assertEquals(
        List.of(), new WebhookRouter(List.of()).routesFor(event("contact.creation", null, null)));
  }

  @ParameterizedTest
  @CsvSource({
    "contact.creation, contact, '', applies to object.* subscriptions only",
    "contact.privacyDeletion, deal, '', applies to object.* subscriptions only",
    "object.creation, partner_client, '', has no known object type id",
    "object.creation, p_invoices, '', has no known object type id",
    "object.creation, deals, '', has no known object type id",
    "object.creation, 0-, '', has no known object type id",
    "object.creation, '', dealstage, applies to *.propertyChange subscriptions only",
    "contact.deletion, '', email, applies to *.propertyChange subscriptions only",
    "' ', '', '', subscriptionType is empty"
  })
  void refusesARouteThatCouldNeverMatch(
      String type, String objectType, String propertyName, String message) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> route(type, objectType, propertyName, "Listeners.onEvent"));

    assertTrue(e.getMessage().startsWith("route Listeners.onEvent: "), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void refusesNulls() {
    assertThrows(
        NullPointerException.class,
        () -> new WebhookRoute("contact.creation", "", "", "name", null));
    assertThrows(
        NullPointerException.class,
        () -> new WebhookRoute("contact.creation", null, "", "name", e -> {}));
  }

  @ParameterizedTest
  @CsvSource({
    "contact, 0-1",
    "company, 0-2",
    "deal, 0-3",
    "ticket, 0-5",
    "product, 0-7",
    "line_item, 0-8",
    "quote, 0-14",
    "call, 0-48",
    "email, 0-49",
    "meeting, 0-47",
    "meeting_event, 0-47",
    "note, 0-46",
    "task, 0-27",
    "communication, 0-18",
    "feedback_submission, 0-19",
    "invoice, 0-53",
    "subscription, 0-69",
    "goal_target, 0-74",
    "commerce_payment, 0-101",
    "user, 0-115",
    "postal_mail, 0-116",
    "order, 0-123",
    "lead, 0-136",
    "cart, 0-142",
    "service, 0-162",
    "course, 0-410",
    "listing, 0-420",
    "appointment, 0-421",
    "discount, 0-84",
    "fee, 0-85",
    "tax, 0-86",
    "Line_Item, 0-8",
    "0-3, 0-3",
    "2-99887766, 2-99887766"
  })
  void knowsHubSpotsObjectTypeIds(String objectType, String id) {
    assertEquals(id, ObjectTypeIds.idOf(objectType));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "0-", "-3", "0-3-1", "a-1", "0 - 3", "0_3", "０-３"})
  void tellsIdsFromOtherText(String value) {
    assertFalse(ObjectTypeIds.isObjectTypeId(value));
    assertNull(ObjectTypeIds.idOf(value));
  }
}
