package io.github.hubspotapt.runtime.event;

import java.util.Objects;

/**
 * The CRM record an app event occurrence appears on: exactly one of the identifiers HubSpot's app
 * events API takes, {@code objectId} (any record, the one HubSpot recommends), {@code email} or
 * {@code utk} (a contact), or {@code domain} (a company).
 */
public final class EventTarget {

  private final String field;
  private final String value;

  private EventTarget(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(field + " is empty");
    }
    this.field = field;
    this.value = value;
  }

  /**
   * The record with this id.
   *
   * @param objectId the record's id
   * @return the target
   */
  public static EventTarget objectId(long objectId) {
    return new EventTarget("objectId", Long.toString(objectId));
  }

  /**
   * The record with this id, as HubSpot's API gives ids: strings.
   *
   * @param objectId the record's id
   * @return the target
   * @throws IllegalArgumentException if it is empty
   */
  public static EventTarget objectId(String objectId) {
    return new EventTarget("objectId", objectId);
  }

  /**
   * The contact with this email address.
   *
   * @param email the address
   * @return the target
   * @throws IllegalArgumentException if it is empty
   */
  public static EventTarget email(String email) {
    return new EventTarget("email", email);
  }

  /**
   * The contact with this HubSpot user token (the {@code hubspotutk} cookie).
   *
   * @param utk the token
   * @return the target
   * @throws IllegalArgumentException if it is empty
   */
  public static EventTarget utk(String utk) {
    return new EventTarget("utk", utk);
  }

  /**
   * The company with this domain.
   *
   * @param domain the domain, e.g. {@code acme.example}
   * @return the target
   * @throws IllegalArgumentException if it is empty
   */
  public static EventTarget domain(String domain) {
    return new EventTarget("domain", domain);
  }

  /**
   * {@return the occurrence's field that carries the identifier: objectId, email, utk or domain}
   */
  public String field() {
    return field;
  }

  /** {@return the identifier} */
  public String value() {
    return value;
  }
}
