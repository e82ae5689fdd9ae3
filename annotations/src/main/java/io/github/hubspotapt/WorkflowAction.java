package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A custom workflow action (and, with {@link AgentTool}, a tool for HubSpot's AI agents), declared on the Java type
 * that holds its input fields: each record component or instance field is one input field, its Java type decides
 * HubSpot's field type (String: string, boolean: bool, numbers: number, LocalDate: date, Instant and other
 * date-times: datetime, an enum: enumeration with one option per constant, a collection of an enum: a multi-select
 * enumeration). The same type can then read HubSpot's execution request. Written to
 * {@code src/app/workflow-actions/<actionName>-hsmeta.json}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WorkflowAction {

  String uid();

  /** The public HTTPS URL HubSpot posts the execution request to. */
  String actionUrl();

  /** Whether installed accounts see the action. */
  boolean published() default false;

  /** Whether workflows offer the action; set false for an agent-only tool. */
  boolean workflows() default true;

  /** The CRM objects the action is available for, e.g. {@code CONTACT}, {@code DEAL}. */
  String[] objectTypes() default {};

  /** Names and texts per locale; {@code en} is required. Input field labels may also come from {@link InputField}. */
  ActionLabels[] labels();

  /** The type whose components are the output fields ({@link OutputField}); {@code void.class} for none. */
  Class<?> output() default void.class;

  /** Record properties HubSpot sends with each execution request. */
  String[] objectRequestProperties() default {};

  FieldDependency[] fieldDependencies() default {};

  ExecutionRule[] executionRules() default {};
}
