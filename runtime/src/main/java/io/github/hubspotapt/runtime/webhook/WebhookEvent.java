package io.github.hubspotapt.runtime.webhook;

import java.time.Instant;
import java.util.List;

/**
 * One event of a webhook batch, typed. Accessors are named as HubSpot names the JSON fields. An
 * optional value HubSpot left out (or sent as {@code null}) is null, except: the {@code boolean}
 * flags are false, {@link #mergedObjectIds()} is empty, and {@link #subscriptionId()}, {@link
 * #appId()} and {@link #attemptNumber()} are 0. Which fields an event carries depends on its {@link
 * #subscriptionType()}: {@code propertyChange} events the property, {@code merge} events the merge,
 * {@code associationChange} events the association, {@code conversation.newMessage} the message;
 * generic {@code object.*} events add {@link #objectTypeId()}.
 */
public final class WebhookEvent {

  private final long eventId;
  private final long subscriptionId;
  private final long portalId;
  private final long appId;
  private final long occurredAt;
  private final String subscriptionType;
  private final int attemptNumber;
  private final long objectId;
  private final String objectTypeId;
  private final String changeSource;
  private final String sourceId;
  private final String changeFlag;
  private final String propertyName;
  private final String propertyValue;
  private final boolean isSensitive;
  private final Long primaryObjectId;
  private final List<Long> mergedObjectIds;
  private final Long newObjectId;
  private final Integer numberOfPropertiesMoved;
  private final String associationType;
  private final Long fromObjectId;
  private final Long toObjectId;
  private final String fromObjectTypeId;
  private final String toObjectTypeId;
  private final boolean associationRemoved;
  private final boolean isPrimaryAssociation;
  private final String messageId;
  private final String messageType;

  private WebhookEvent(Builder b) {
    this.eventId = b.eventId;
    this.subscriptionId = b.subscriptionId;
    this.portalId = b.portalId;
    this.appId = b.appId;
    this.occurredAt = b.occurredAt;
    this.subscriptionType = b.subscriptionType;
    this.attemptNumber = b.attemptNumber;
    this.objectId = b.objectId;
    this.objectTypeId = b.objectTypeId;
    this.changeSource = b.changeSource;
    this.sourceId = b.sourceId;
    this.changeFlag = b.changeFlag;
    this.propertyName = b.propertyName;
    this.propertyValue = b.propertyValue;
    this.isSensitive = b.isSensitive;
    this.primaryObjectId = b.primaryObjectId;
    this.mergedObjectIds = b.mergedObjectIds;
    this.newObjectId = b.newObjectId;
    this.numberOfPropertiesMoved = b.numberOfPropertiesMoved;
    this.associationType = b.associationType;
    this.fromObjectId = b.fromObjectId;
    this.toObjectId = b.toObjectId;
    this.fromObjectTypeId = b.fromObjectTypeId;
    this.toObjectTypeId = b.toObjectTypeId;
    this.associationRemoved = b.associationRemoved;
    this.isPrimaryAssociation = b.isPrimaryAssociation;
    this.messageId = b.messageId;
    this.messageType = b.messageType;
  }

  /** The id of the event; HubSpot does not guarantee it unique, see {@link #deduplicationKey()}. */
  public long eventId() {
    return eventId;
  }

  /** The id of the subscription that fired the event; 0 when HubSpot left it out. */
  public long subscriptionId() {
    return subscriptionId;
  }

  /** The HubSpot account (portal, hub) the event happened in. */
  public long portalId() {
    return portalId;
  }

  /** The app the subscription belongs to; 0 when HubSpot left it out. */
  public long appId() {
    return appId;
  }

  /**
   * When the change happened (HubSpot's epoch milliseconds); batches are not ordered, this is the
   * order.
   */
  public Instant occurredAt() {
    return Instant.ofEpochMilli(occurredAt);
  }

  /**
   * The event type: {@code object.propertyChange}, {@code contact.creation}, {@code
   * conversation.newMessage}, ...
   */
  public String subscriptionType() {
    return subscriptionType;
  }

  /** How often HubSpot sent the event before, from 0; 0 when HubSpot left it out. */
  public int attemptNumber() {
    return attemptNumber;
  }

  /**
   * The record the event is about (the thread for conversation events). An {@code
   * associationChange} event may come without it; it is then {@link #fromObjectId()}, the record
   * the association starts at.
   */
  public long objectId() {
    return objectId;
  }

  /**
   * The object type of a generic {@code object.*} event ({@code 0-3}, {@code 2-1234}); null for
   * classic events.
   */
  public String objectTypeId() {
    return objectTypeId;
  }

  /**
   * What made the change: {@code CRM}, {@code CRM_UI}, {@code IMPORT}, {@code API}, ...; null when
   * left out.
   */
  public String changeSource() {
    return changeSource;
  }

  /** Who or what made the change ({@code userId:75514748}); null when left out. */
  public String sourceId() {
    return sourceId;
  }

  /**
   * {@code NEW} for classic creations, {@code CREATED} or {@code DELETED} for generic ones; null
   * when left out.
   */
  public String changeFlag() {
    return changeFlag;
  }

  /** The property that changed ({@code propertyChange} events); null otherwise. */
  public String propertyName() {
    return propertyName;
  }

  /**
   * The property's new value, always text as HubSpot sends it (a date is epoch milliseconds as
   * text; a sensitive value may be {@code REDACTED}); null when left out.
   */
  public String propertyValue() {
    return propertyValue;
  }

  /**
   * Whether the changed property is sensitive (generic {@code propertyChange} events); false when
   * left out.
   */
  public boolean isSensitive() {
    return isSensitive;
  }

  /** The record that survived a merge; null unless a {@code merge} event. */
  public Long primaryObjectId() {
    return primaryObjectId;
  }

  /**
   * The records merged into the primary one, in HubSpot's order; empty unless a {@code merge}
   * event.
   */
  public List<Long> mergedObjectIds() {
    return mergedObjectIds;
  }

  /** The record a merge created, when it created one; null otherwise. */
  public Long newObjectId() {
    return newObjectId;
  }

  /** How many property values a merge moved; null unless a {@code merge} event. */
  public Integer numberOfPropertiesMoved() {
    return numberOfPropertiesMoved;
  }

  /**
   * The kind of association ({@code CONTACT_TO_COMPANY}); null unless an {@code associationChange}
   * event.
   */
  public String associationType() {
    return associationType;
  }

  /** The record an association starts at; null unless an {@code associationChange} event. */
  public Long fromObjectId() {
    return fromObjectId;
  }

  /** The record an association ends at; null unless an {@code associationChange} event. */
  public Long toObjectId() {
    return toObjectId;
  }

  /**
   * The object type of {@link #fromObjectId()} ({@code 0-1}), as captured generic {@code
   * associationChange} events carry it; null when left out.
   */
  public String fromObjectTypeId() {
    return fromObjectTypeId;
  }

  /**
   * The object type of {@link #toObjectId()}, like {@link #fromObjectTypeId()}; null when left out.
   */
  public String toObjectTypeId() {
    return toObjectTypeId;
  }

  /** Whether the association was removed (true) or added (false); false when left out. */
  public boolean associationRemoved() {
    return associationRemoved;
  }

  /** Whether the association is the primary one; false when left out. */
  public boolean isPrimaryAssociation() {
    return isPrimaryAssociation;
  }

  /** The new message of a {@code conversation.newMessage} event; null otherwise. */
  public String messageId() {
    return messageId;
  }

  /** The kind of that message ({@code MESSAGE}, {@code COMMENT}); null otherwise. */
  public String messageType() {
    return messageType;
  }

  /**
   * What identifies this occurrence across HubSpot's retries: equal for the same event sent again
   * (a retry re-sends the whole batch, with a higher {@link #attemptNumber()}), different for
   * different changes. Built from the account, the subscription and its type, the event id, the
   * time, the record, and where present the object type, the property and the association's other
   * end; never from values (a property value can be personal data).
   *
   * @return the key, for a table of handled events
   */
  public String deduplicationKey() {
    StringBuilder key =
        new StringBuilder(96)
            .append(portalId)
            .append(':')
            .append(subscriptionId)
            .append(':')
            .append(subscriptionType)
            .append(':')
            .append(eventId)
            .append(':')
            .append(occurredAt)
            .append(':')
            .append(objectId);
    appendIfPresent(key, objectTypeId);
    appendIfPresent(key, propertyName);
    appendIfPresent(key, toObjectId);
    return key.toString();
  }

  private static void appendIfPresent(StringBuilder key, Object part) {
    if (part != null) {
      key.append(':').append(part);
    }
  }

  /** Type, ids and time only: property values can be personal data. */
  @Override
  public String toString() {
    return "WebhookEvent["
        + subscriptionType
        + ", eventId="
        + eventId
        + ", portalId="
        + portalId
        + ", objectId="
        + objectId
        + (objectTypeId == null ? "" : ", objectTypeId=" + objectTypeId)
        + (propertyName == null ? "" : ", propertyName=" + propertyName)
        + ", occurredAt="
        + occurredAt()
        + "]";
  }

  /**
   * The values of an event while its JSON object is read; the parser fills it, {@link #build()}
   * freezes it.
   */
  static final class Builder {
    long eventId;
    long subscriptionId;
    long portalId;
    long appId;
    long occurredAt;
    String subscriptionType;
    int attemptNumber;
    long objectId;
    String objectTypeId;
    String changeSource;
    String sourceId;
    String changeFlag;
    String propertyName;
    String propertyValue;
    boolean isSensitive;
    Long primaryObjectId;
    List<Long> mergedObjectIds = List.of();
    Long newObjectId;
    Integer numberOfPropertiesMoved;
    String associationType;
    Long fromObjectId;
    Long toObjectId;
    String fromObjectTypeId;
    String toObjectTypeId;
    boolean associationRemoved;
    boolean isPrimaryAssociation;
    String messageId;
    String messageType;

    WebhookEvent build() {
      return new WebhookEvent(this);
    }
  }
}
