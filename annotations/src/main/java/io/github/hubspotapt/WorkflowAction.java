package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A custom workflow action (and, with {@link AgentTool}, a tool for HubSpot's AI agents), declared
 * on the Java type that holds its input fields: each record component or instance field is one
 * input field ({@link InputField}), and its Java type decides HubSpot's field type (String: {@code
 * string}, boolean: {@code bool}, numbers: {@code number}, LocalDate: {@code date}, Instant and the
 * other java.time date-times: {@code datetime}, an enum: {@code enumeration} with one option per
 * constant ({@link Option}), a collection of an enum: a multi-select {@code enumeration}). The same
 * type can then read HubSpot's execution request. Written to {@code src/app/workflow-actions/<en
 * actionName in kebab case>-hsmeta.json} (type {@code workflow-action}; named after the uid instead
 * when two actions' names give the same file name). All platform versions and distributions.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WorkflowAction {

  /**
   * {@return the action's uid} Written as the file's {@code uid}, with the rules of {@link
   * HubSpotApp#uid()}.
   */
  String uid();

  /**
   * {@return the name of the action's file} Empty (the default) names it after its English
   * actionName in kebab case ({@code <name>-hsmeta.json}); set it to keep the name a project's file
   * already has, as {@link HubSpotApp#fileName()} describes.
   */
  String fileName() default "";

  /**
   * {@return the scopes the action needs besides the app's} Written as the file's top-level {@code
   * permissions} when a list is set; platform 2026.09-beta and later.
   */
  Permissions permissions() default @Permissions;

  /**
   * {@return the URL HubSpot posts the execution request to} Written as {@code config.actionUrl}: a
   * public https URL. HubSpot's docs add that an agent tool's URL cannot be a serverless function
   * of the project.
   */
  String actionUrl();

  /**
   * {@return whether installed accounts see the action} Written as {@code config.isPublished}
   * (always written). An unpublished action (the default) is visible only in the developer's own
   * account.
   */
  boolean published() default false;

  /**
   * {@return whether workflows offer the action} {@code true} (the default) writes {@code
   * {"client": "WORKFLOWS"}} into {@code config.supportedClients}. Set it to {@code false} for an
   * agent-only tool; an action must be offered to workflows, to agents ({@link AgentTool}) or both.
   */
  boolean workflows() default true;

  /**
   * {@return the CRM objects the action is available for} Written as {@code config.objectTypes}
   * (always written, an empty list by default): upper-case singular names such as {@code CONTACT},
   * {@code DEAL}, {@code LINE_ITEM}, a custom object {@code p_<name>} or an object type id such as
   * {@code 2-123}. A lower-case or plural name (the card spelling) is an error that suggests the
   * upper-case one.
   */
  String[] objectTypes() default {};

  /**
   * {@return the action's names and texts, one entry per locale} Written as {@code
   * config.labels.<locale>}. The {@code en} locale is required and each locale is given once; the
   * {@code en} input and output field labels may also come from {@link InputField} and {@link
   * OutputField}.
   */
  ActionLabels[] labels();

  /**
   * {@return the type whose record components (or instance fields) are the output fields} Each
   * becomes an entry of {@code config.outputFields} ({@link OutputField}); {@code void.class} (the
   * default) means none and leaves the key out.
   */
  Class<?> output() default void.class;

  /**
   * {@return the record properties HubSpot sends with each execution request} Written as {@code
   * config.objectRequestOptions.properties}; empty (the default) leaves the key out.
   */
  String[] objectRequestProperties() default {};

  /**
   * {@return the input fields shown only once another field is set} Written as {@code
   * config.inputFieldDependencies}; empty (the default) leaves the key out.
   */
  FieldDependency[] fieldDependencies() default {};

  /**
   * {@return the result messages shown when the action's response matches conditions} Written as
   * {@code config.executionRules}; the messages themselves are in {@link
   * ActionLabels#executionRules()}. Empty (the default) leaves the key out.
   */
  ExecutionRule[] executionRules() default {};
}
