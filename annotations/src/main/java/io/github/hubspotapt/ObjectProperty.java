package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Describes one property of an {@link AppObject}'s type (names without HubSpot's app prefix). */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ObjectProperty {

  /** The property's name; empty means the Java name. */
  String name() default "";

  String label() default "";

  String description() default "";

  /**
   * HubSpot's field control, one its Java type allows (a String: e.g. {@code textarea}; an enum: e.g. {@code radio});
   * empty means the Java type's default.
   */
  String fieldType() default "";

  /** A {@link PropertyGroup#name()} of the object; empty for none. */
  String groupName() default "";

  boolean hasUniqueValue() default false;

  boolean readOnlyValue() default false;

  boolean formField() default false;

  boolean hidden() default false;

  /** For {@code calculation_equation} properties. */
  String calculationFormula() default "";
}
