package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Input fields shown only once another field is set (or set to {@link #controllingValue()}); only used inside
 * {@link WorkflowAction#fieldDependencies()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface FieldDependency {

  String controllingField();

  /** Empty: any value ({@code SINGLE_FIELD}); else that value ({@code CONDITIONAL_SINGLE_FIELD}). */
  String controllingValue() default "";

  String[] dependentFields();
}
