package io.github.hubspotapt;

/**
 * Webhook subscription types for {@link WebhookSubscription#subscriptionType()}, e.g. {@code
 * subscriptionType = WebhookSubscriptionType.OBJECT_PROPERTY_CHANGE}.
 *
 * <p>The types the processor checks against ({@code HS-WEBHOOK-SUBSCRIPTION-TYPE}): from HubSpot's
 * developer-platform docs, its templates and the Webhooks API's event types. {@code object.*} types
 * apply to the subscription's {@code objectType}; the classic {@code contact.*}, {@code company.*},
 * ... types name their object themselves. A plain string keeps working.
 */
public final class WebhookSubscriptionType {

  /** A CRM object of the subscription's {@code objectType} is created. */
  public static final String OBJECT_CREATION = "object.creation";

  /** A CRM object of the subscription's {@code objectType} is deleted. */
  public static final String OBJECT_DELETION = "object.deletion";

  /**
   * A CRM object of the subscription's {@code objectType} changes the property named by {@code
   * propertyName}.
   */
  public static final String OBJECT_PROPERTY_CHANGE = "object.propertyChange";

  /** A CRM object of the subscription's {@code objectType} is merged with another record. */
  public static final String OBJECT_MERGE = "object.merge";

  /** A CRM object of the subscription's {@code objectType} is restored after deletion. */
  public static final String OBJECT_RESTORE = "object.restore";

  /**
   * A CRM object of the subscription's {@code objectType} gains or loses an association with
   * another record.
   */
  public static final String OBJECT_ASSOCIATION_CHANGE = "object.associationChange";

  /** A contact is created. */
  public static final String CONTACT_CREATION = "contact.creation";

  /** A contact is deleted. */
  public static final String CONTACT_DELETION = "contact.deletion";

  /** A contact changes the property named by {@code propertyName}. */
  public static final String CONTACT_PROPERTY_CHANGE = "contact.propertyChange";

  /** A contact is merged with another record. */
  public static final String CONTACT_MERGE = "contact.merge";

  /** A contact is restored after deletion. */
  public static final String CONTACT_RESTORE = "contact.restore";

  /** A contact gains or loses an association with another record. */
  public static final String CONTACT_ASSOCIATION_CHANGE = "contact.associationChange";

  /** A company is created. */
  public static final String COMPANY_CREATION = "company.creation";

  /** A company is deleted. */
  public static final String COMPANY_DELETION = "company.deletion";

  /** A company changes the property named by {@code propertyName}. */
  public static final String COMPANY_PROPERTY_CHANGE = "company.propertyChange";

  /** A company is merged with another record. */
  public static final String COMPANY_MERGE = "company.merge";

  /** A company is restored after deletion. */
  public static final String COMPANY_RESTORE = "company.restore";

  /** A company gains or loses an association with another record. */
  public static final String COMPANY_ASSOCIATION_CHANGE = "company.associationChange";

  /** A deal is created. */
  public static final String DEAL_CREATION = "deal.creation";

  /** A deal is deleted. */
  public static final String DEAL_DELETION = "deal.deletion";

  /** A deal changes the property named by {@code propertyName}. */
  public static final String DEAL_PROPERTY_CHANGE = "deal.propertyChange";

  /** A deal is merged with another record. */
  public static final String DEAL_MERGE = "deal.merge";

  /** A deal is restored after deletion. */
  public static final String DEAL_RESTORE = "deal.restore";

  /** A deal gains or loses an association with another record. */
  public static final String DEAL_ASSOCIATION_CHANGE = "deal.associationChange";

  /** A ticket is created. */
  public static final String TICKET_CREATION = "ticket.creation";

  /** A ticket is deleted. */
  public static final String TICKET_DELETION = "ticket.deletion";

  /** A ticket changes the property named by {@code propertyName}. */
  public static final String TICKET_PROPERTY_CHANGE = "ticket.propertyChange";

  /** A ticket is merged with another record. */
  public static final String TICKET_MERGE = "ticket.merge";

  /** A ticket is restored after deletion. */
  public static final String TICKET_RESTORE = "ticket.restore";

  /** A ticket gains or loses an association with another record. */
  public static final String TICKET_ASSOCIATION_CHANGE = "ticket.associationChange";

  /** A product is created. */
  public static final String PRODUCT_CREATION = "product.creation";

  /** A product is deleted. */
  public static final String PRODUCT_DELETION = "product.deletion";

  /** A product changes the property named by {@code propertyName}. */
  public static final String PRODUCT_PROPERTY_CHANGE = "product.propertyChange";

  /** A product is merged with another record. */
  public static final String PRODUCT_MERGE = "product.merge";

  /** A product is restored after deletion. */
  public static final String PRODUCT_RESTORE = "product.restore";

  /** A line item is created. */
  public static final String LINE_ITEM_CREATION = "line_item.creation";

  /** A line item is deleted. */
  public static final String LINE_ITEM_DELETION = "line_item.deletion";

  /** A line item changes the property named by {@code propertyName}. */
  public static final String LINE_ITEM_PROPERTY_CHANGE = "line_item.propertyChange";

  /** A line item is merged with another record. */
  public static final String LINE_ITEM_MERGE = "line_item.merge";

  /** A line item is restored after deletion. */
  public static final String LINE_ITEM_RESTORE = "line_item.restore";

  /** A line item gains or loses an association with another record. */
  public static final String LINE_ITEM_ASSOCIATION_CHANGE = "line_item.associationChange";

  /** A contact is deleted for privacy compliance. */
  public static final String CONTACT_PRIVACY_DELETION = "contact.privacyDeletion";

  /** A thread of the conversations inbox is created. */
  public static final String CONVERSATION_CREATION = "conversation.creation";

  /** A thread of the conversations inbox is archived or soft-deleted. */
  public static final String CONVERSATION_DELETION = "conversation.deletion";

  /** A thread of the conversations inbox receives a new message. */
  public static final String CONVERSATION_NEW_MESSAGE = "conversation.newMessage";

  /** A thread of the conversations inbox is permanently deleted. */
  public static final String CONVERSATION_PRIVACY_DELETION = "conversation.privacyDeletion";

  /** A property of a thread of the conversations inbox changes. */
  public static final String CONVERSATION_PROPERTY_CHANGE = "conversation.propertyChange";

  /** Constants only. */
  private WebhookSubscriptionType() {}
}
