package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A result message shown when the action's response matches conditions: one entry of the action's
 * {@code config.executionRules}; only used inside {@link WorkflowAction#executionRules()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ExecutionRule {

  /**
   * {@return the message's name} Written as {@code labelName}; the message itself is the {@link
   * ActionLabels#executionRules()} entry of that name.
   */
  String labelName();

  /**
   * {@return the conditions on the action's response, as a JSON object} Written as {@code
   * conditions}, parsed and re-indented, for example {@code {"errorCode": "ALREADY_EXISTS"}}; text
   * that is not a JSON object is an error.
   */
  String conditions();
}
