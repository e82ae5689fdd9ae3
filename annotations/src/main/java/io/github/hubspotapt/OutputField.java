package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one output field of a {@link WorkflowAction}, on a record component or an instance
 * field of the type named by {@link WorkflowAction#output()}: one entry of {@code
 * config.outputFields}, whose {@code typeDefinition.type} (and, for an enum, {@code options})
 * follows from the Java type as for input fields. A field without it is an output field all the
 * same.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface OutputField {

  /**
   * {@return the field's name} Written as {@code typeDefinition.name}, the key later workflow steps
   * and the labels use; empty (the default) means the Java name.
   */
  String name() default "";

  /**
   * {@return the field's {@code en} label} Written into {@code labels.en.outputFieldLabels}; left
   * out when empty. An {@link ActionLabels#outputFieldLabels()} entry for the same field wins over
   * it.
   */
  String label() default "";

  /**
   * {@return HubSpot's control for the field's value} Written as {@code typeDefinition.fieldType}:
   * one that the field's HubSpot type allows, as for {@link InputField#fieldType()} (a String:
   * {@code text}, {@code textarea}, ...; an enum: {@code select}, {@code radio}, ...), or one of
   * the output-only controls {@code calculation_read_time}, {@code calculation_rollup}, {@code
   * calculation_score} and {@code unknown}. Empty (the default) leaves the key out, as HubSpot's
   * examples mostly do.
   */
  String fieldType() default "";

  /**
   * {@return whether the field's options come from outside the file} {@code true} is written as
   * {@code typeDefinition.externalOptions: true}: HubSpot's property docs apply it only to
   * enumerations whose options are another object's records (owners), so on other fields it is a
   * warning. Written out as {@code false}, it is written as {@code externalOptions: false}, as some
   * projects' files have it; left at the default, the key is left out, which HubSpot reads as
   * false.
   */
  boolean externalOptions() default false;
}
