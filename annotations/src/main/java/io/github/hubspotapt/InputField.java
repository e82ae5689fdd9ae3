package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Describes one input field of a {@link WorkflowAction}: on a record component or an instance field. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface InputField {

  /** The field's name in HubSpot and in the request; empty means the Java name. */
  String name() default "";

  /** The {@code en} label. */
  String label() default "";

  /** The {@code en} description. */
  String description() default "";

  /**
   * HubSpot's input control, one its Java type allows (a String: e.g. {@code textarea}; an enum: e.g. {@code radio},
   * {@code select}); empty means the Java type's default.
   */
  String fieldType() default "";

  ValueType[] supportedValueTypes() default {ValueType.STATIC_VALUE};

  boolean required() default false;

  /** An HTTPS URL HubSpot calls for the options of an enumeration, instead of fixed options. */
  String optionsUrl() default "";
}
