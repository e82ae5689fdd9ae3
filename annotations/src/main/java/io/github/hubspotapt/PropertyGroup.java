package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A group of an {@link AppObject}'s properties: one entry of the object's {@code
 * config.propertyGroups}; only used inside {@link AppObject#propertyGroups()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface PropertyGroup {

  /**
   * {@return the group's name} Written as {@code name}; {@link ObjectProperty#groupName()} refers
   * to it.
   */
  String name();

  /** {@return the group's label in HubSpot} Written as {@code label}. */
  String label();
}
