package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one output field of a {@link WorkflowAction}, on a record component or an instance field of the type
 * named by {@link WorkflowAction#output()}: one entry of {@code config.outputFields}, whose
 * {@code typeDefinition.type} (and, for an enum, {@code options}) follows from the Java type as for input fields. A
 * field without it is an output field all the same.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface OutputField {

  /**
   * {@return the field's name} Written as {@code typeDefinition.name}, the key later workflow steps and the labels
   * use; empty (the default) means the Java name.
   */
  String name() default "";

  /**
   * {@return the field's {@code en} label} Written into {@code labels.en.outputFieldLabels}; left out when empty.
   * An {@link ActionLabels#outputFieldLabels()} entry for the same field wins over it.
   */
  String label() default "";
}
