package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A label of an {@link AppObjectAssociation}: one entry of its {@code config.labels}, written as
 * {@code {"name": ..., "firstObjectTypeLabel": ..., "secondObjectTypeLabel": ...}}, the keys in
 * that order, as public projects write them ({@code name = "default", firstObjectTypeLabel =
 * "Venues", secondObjectTypeLabel = "Bands"}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface AssociationLabel {

  /**
   * {@return the label's name} Written as {@code name}, the label's internal name; not blank, and
   * used once among an association's labels ({@code HS-ASSOCIATION-LABEL}).
   */
  String name();

  /**
   * {@return how records of the first object are labelled} Written as {@code firstObjectTypeLabel};
   * empty (the default) leaves it out.
   */
  String firstObjectTypeLabel() default "";

  /**
   * {@return how records of the second object are labelled} Written as {@code
   * secondObjectTypeLabel}; empty (the default) leaves it out.
   */
  String secondObjectTypeLabel() default "";
}
