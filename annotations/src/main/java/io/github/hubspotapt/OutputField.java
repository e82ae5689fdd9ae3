package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Describes one output field of a {@link WorkflowAction}'s output type. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface OutputField {

  /** The field's name; empty means the Java name. */
  String name() default "";

  /** The {@code en} label. */
  String label() default "";
}
