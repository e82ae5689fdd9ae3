package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Input fields shown only once another field is set (or set to {@link #controllingValue()}): one
 * entry of the action's {@code config.inputFieldDependencies}; only used inside {@link
 * WorkflowAction#fieldDependencies()}. Every name must be a declared input field's name, an error
 * with the nearest name otherwise.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface FieldDependency {

  /**
   * {@return the name of the field the others depend on} Written as {@code controllingFieldName}.
   */
  String controllingField();

  /**
   * {@return the value of the controlling field that shows the dependent fields} Empty (the
   * default): any value, written as {@code dependencyType: "SINGLE_FIELD"}. Otherwise that value,
   * written as {@code dependencyType: "CONDITIONAL_SINGLE_FIELD"} with {@code
   * controllingFieldValue}.
   */
  String controllingValue() default "";

  /** {@return the names of the fields that depend on it} Written as {@code dependentFieldNames}. */
  String[] dependentFields();
}
