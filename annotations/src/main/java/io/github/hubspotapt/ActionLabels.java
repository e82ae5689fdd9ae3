package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A workflow action's texts in one locale: {@code config.labels.<locale>} of the action's file;
 * only used inside {@link WorkflowAction#labels()}. The name-to-text maps are written only when
 * they have entries; their names must be declared fields (or execution rules), an error with the
 * nearest name otherwise.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ActionLabels {

  /**
   * {@return the locale of these texts} The key under {@code config.labels}; default {@code en},
   * which every action needs. HubSpot's docs name {@code en} only; other HubSpot locale codes such
   * as {@code de} or {@code fr} are written as given.
   */
  String locale() default "en";

  /**
   * {@return the action's name in the workflow editor} Written as {@code actionName}; must not be
   * blank. The {@code en} name also names the action's file.
   */
  String actionName();

  /**
   * {@return what the action does} Written as {@code actionDescription}; left out when empty (the
   * default).
   */
  String actionDescription() default "";

  /**
   * {@return the text on the action's card in the workflow} Written as {@code actionCardContent};
   * may insert input fields as {@code {{fieldName}}}. Left out when empty (the default).
   */
  String actionCardContent() default "";

  /**
   * {@return the app's name as the action shows it} Written as {@code appDisplayName}; left out
   * when empty.
   */
  String appDisplayName() default "";

  /**
   * {@return the input fields' labels, by field name} Written as {@code inputFieldLabels}. For
   * {@code en} they may also be given by {@link InputField#label()}; an entry here wins over it.
   */
  FieldText[] inputFieldLabels() default {};

  /**
   * {@return the input fields' descriptions, by field name} Written as {@code
   * inputFieldDescriptions}. For {@code en} they may also be given by {@link
   * InputField#description()}; an entry here wins over it.
   */
  FieldText[] inputFieldDescriptions() default {};

  /**
   * {@return the output fields' labels, by field name} Written as {@code outputFieldLabels}. For
   * {@code en} they may also be given by {@link OutputField#label()}; an entry here wins over it.
   */
  FieldText[] outputFieldLabels() default {};

  /**
   * {@return the execution rules' messages, by {@link ExecutionRule#labelName()}} Written as {@code
   * executionRules}.
   */
  FieldText[] executionRules() default {};
}
