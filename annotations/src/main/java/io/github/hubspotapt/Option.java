package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value and label of an enum constant used as an enumeration option. Without it: the constant's name, lower-case. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Option {

  String value() default "";

  String label() default "";

  String description() default "";

  /** Position in the list; negative means unset. */
  int displayOrder() default -1;

  boolean hidden() default false;
}
