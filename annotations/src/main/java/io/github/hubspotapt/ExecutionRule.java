package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A result message shown when the action's response matches conditions; inside {@link WorkflowAction#executionRules()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ExecutionRule {

  /** The message's name in {@link ActionLabels#executionRules()}. */
  String labelName();

  /** A JSON object of conditions on the response, e.g. {@code {"errorCode": "ALREADY_EXISTS"}}. */
  String conditions();
}
