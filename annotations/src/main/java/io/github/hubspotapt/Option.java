package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value and label of an enum constant used as an enumeration option, on the constant. Every
 * constant of an enum that types a field ({@link InputField}, {@link OutputField}, {@link
 * EventProperty}, {@link ObjectProperty}) becomes one option, in declaration order, with or without
 * this annotation.
 *
 * <p>Without it (or with {@code value} or {@code label} left empty), a constant {@code
 * HIGH_PRIORITY} gets the value {@code HIGH_PRIORITY}, the constant's name, which a default Jackson
 * ObjectMapper reads back into the constant, and the label "High priority", the name in words.
 * Workflow-action fields also write {@link #description()} and {@link #displayOrder()}; app object
 * properties write all members; app event properties only value and label (a member HubSpot's
 * format for the field has no place for is reported as HS-ENUM-OPTION-NOT-WRITTEN, never dropped
 * silently).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Option {

  /**
   * {@return the option's value} What HubSpot stores and sends; empty (the default) means the
   * constant's name. Another value reads back into the constant only if the reader is told, e.g.
   * with Jackson's {@code @JsonProperty("high")} on the constant.
   */
  String value() default "";

  /**
   * {@return the option's label in HubSpot} What HubSpot shows; empty (the default) means the
   * constant's name in words ({@code HIGH_PRIORITY}: "High priority").
   */
  String label() default "";

  /**
   * {@return the option's description} Written as the option's {@code description} for
   * workflow-action fields and app object properties; left out when empty (the default).
   */
  String description() default "";

  /**
   * {@return the option's position in the list} Written as the option's {@code displayOrder} for
   * workflow-action fields and app object properties; a negative value (the default) means unset
   * and leaves the key out.
   */
  int displayOrder() default -1;

  /**
   * {@return whether HubSpot hides the option in its UI} Written as the option's {@code hidden:
   * true} for app object properties only, when true; on a workflow-action or app-event field it is
   * reported, not written.
   */
  boolean hidden() default false;
}
