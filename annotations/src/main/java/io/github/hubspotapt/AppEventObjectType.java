package io.github.hubspotapt;

/**
 * The records an {@link AppEvent} appears on: {@link AppEvent#objectType()}, written as {@code
 * config.objectType} (the constant's name) of the event's file.
 */
public enum AppEventObjectType {
  /** Company records; written as {@code COMPANY}. */
  COMPANY,
  /** Contact records; written as {@code CONTACT}. */
  CONTACT,
  /** Deal records; written as {@code DEAL}. */
  DEAL,
  /** Ticket records; written as {@code TICKET}. */
  TICKET,
  /** Records of an {@link AppObject}; written as {@code APP_OBJECT}. */
  APP_OBJECT,
  /**
   * Custom objects: written as {@code supportsCustomObject: true} instead of an {@code objectType}.
   */
  CUSTOM_OBJECT
}
