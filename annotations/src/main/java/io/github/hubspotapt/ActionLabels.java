package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A workflow action's texts in one locale; only used inside {@link WorkflowAction#labels()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ActionLabels {

  String locale() default "en";

  /** The action's name in the workflow editor. */
  String actionName();

  String actionDescription() default "";

  /** The text on the action's card; may use input fields as {@code {{fieldName}}}. */
  String actionCardContent() default "";

  String appDisplayName() default "";

  /** Input field labels; for {@code en} they may also be given by {@link InputField#label()}. */
  FieldText[] inputFieldLabels() default {};

  FieldText[] inputFieldDescriptions() default {};

  FieldText[] outputFieldLabels() default {};

  /** Messages for {@link ExecutionRule#labelName()}s. */
  FieldText[] executionRules() default {};
}
