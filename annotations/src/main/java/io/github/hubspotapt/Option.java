package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value and label of an enum constant used as an enumeration option, on the constant. Every constant of an enum
 * that types a field ({@link InputField}, {@link OutputField}, {@link EventProperty}, {@link ObjectProperty}) becomes
 * one option, in declaration order, with or without this annotation. Workflow input and output fields and event
 * properties write each option's {@code value} and {@code label} only; app object properties also write
 * {@link #description()}, {@link #displayOrder()} and {@link #hidden()}.
 *
 * <p>Without it, or with a member left empty, the processor (as of this version) writes for a constant
 * {@code HIGH_PRIORITY}: the value {@code high_priority} (the constant's name, lower-case) and the label
 * {@code High priority} (the name lower-case, {@code _} as spaces, the first letter upper-case).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Option {

  /**
   * {@return the option's value} Written as the option's {@code value}: what HubSpot stores and sends; empty (the
   * default) means the constant's name in lower case.
   */
  String value() default "";

  /**
   * {@return the option's label in HubSpot} Written as the option's {@code label}; empty (the default) means the
   * constant's name as words ({@code HIGH_PRIORITY}: {@code High priority}).
   */
  String label() default "";

  /**
   * {@return the option's description} Written as the option's {@code description} for app object properties only;
   * left out when empty (the default).
   */
  String description() default "";

  /**
   * {@return the option's position in the list} Written as the option's {@code displayOrder} for app object
   * properties only; a negative value (the default) means unset and leaves the key out.
   */
  int displayOrder() default -1;

  /**
   * {@return whether HubSpot hides the option in its UI} Written as the option's {@code hidden: true} for app object
   * properties only, when true.
   */
  boolean hidden() default false;
}
