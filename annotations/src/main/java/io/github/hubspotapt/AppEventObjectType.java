package io.github.hubspotapt;

/** The records an {@link AppEvent} appears on. */
public enum AppEventObjectType {
  COMPANY,
  CONTACT,
  DEAL,
  TICKET,
  APP_OBJECT,
  /** Custom objects: written as {@code supportsCustomObject: true}. */
  CUSTOM_OBJECT
}
