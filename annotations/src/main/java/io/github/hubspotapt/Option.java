package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value and label of an enum constant used as an enumeration option. Without it (or with {@code value} or
 * {@code label} left empty): the value is the constant's name, {@code HIGH_PRIORITY}, which a default Jackson
 * ObjectMapper reads back into the constant, and the label is that name in words, "High priority".
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Option {

  /**
   * What HubSpot stores and sends for this option; default: the constant's name. Another value reads back into the
   * constant only if the reader is told, e.g. with Jackson's {@code @JsonProperty("high")} on the constant.
   */
  String value() default "";

  /** What HubSpot shows for this option; default: the constant's name in words ("High priority"). */
  String label() default "";

  String description() default "";

  /** Position in the list; negative means unset. */
  int displayOrder() default -1;

  boolean hidden() default false;
}
