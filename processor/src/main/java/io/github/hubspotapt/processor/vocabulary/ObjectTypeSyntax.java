package io.github.hubspotapt.processor.vocabulary;

import java.util.regex.Pattern;

/**
 * How an object type is spelled where a component names one. Every component accepts a custom
 * object by its name, {@code p_<name>}; they differ, on purpose, in the other forms they accept:
 *
 * <ul>
 *   <li>cards and bulk actions ({@link CardObjectTypes}): any name or object type id is
 *       well-formed, but only {@code p_<name>} is a known custom object, as HubSpot's card docs
 *       write them; an id such as {@code 2-123} is a well-formed object those docs do not list (a
 *       warning, and no scope is asked for);
 *   <li>{@code object.*} webhook subscriptions ({@link WebhookSubscriptionTypes}): the same
 *       well-formed names, and a custom object is {@code p_<name>} or its object type id {@code
 *       2-<n>};
 *   <li>workflow actions: only upper-case names ({@code CONTACT}), {@code p_<name>} and object type
 *       ids; the lower-case and plural card spellings do not match there.
 * </ul>
 */
public final class ObjectTypeSyntax {

  /** Letters, digits and {@code _}, starting with a letter: {@code contacts}, {@code LINE_ITEM}. */
  private static final String NAME = "[A-Za-z][A-Za-z0-9_]*";

  /**
   * An upper-case name, as workflow actions and app objects write object names: {@code LINE_ITEM}.
   */
  private static final String UPPER_CASE_NAME = "[A-Z][A-Z0-9_]*";

  /** A custom object by its fully qualified name: {@code p_cars}. */
  private static final String CUSTOM_OBJECT_NAME = "p_[a-z0-9_]+";

  /** A custom object by its object type id: custom objects' ids are {@code 2-<n>}. */
  private static final String CUSTOM_OBJECT_ID = "2-[0-9]+";

  /** Any object type id: {@code 0-1} for contacts, {@code 2-<n>} for a custom object. */
  private static final String OBJECT_TYPE_ID = "[0-9]+-[0-9]+";

  private static final Pattern WELL_FORMED = anyOf(NAME, OBJECT_TYPE_ID);
  private static final Pattern ID = anyOf(OBJECT_TYPE_ID);
  private static final Pattern UPPER_CASE = anyOf(UPPER_CASE_NAME);
  private static final Pattern CARD_CUSTOM_OBJECT = anyOf(CUSTOM_OBJECT_NAME);
  private static final Pattern WEBHOOK_CUSTOM_OBJECT = anyOf(CUSTOM_OBJECT_NAME, CUSTOM_OBJECT_ID);
  private static final Pattern WORKFLOW_OBJECT_TYPE =
      anyOf(UPPER_CASE_NAME, CUSTOM_OBJECT_NAME, OBJECT_TYPE_ID);

  private ObjectTypeSyntax() {}

  /**
   * A name or an object type id: what any object type looks like, whether HubSpot knows it or not.
   */
  public static boolean isWellFormed(String objectType) {
    return WELL_FORMED.matcher(objectType).matches();
  }

  /** An object type id: {@code 0-3}, {@code 2-1234}. */
  public static boolean isObjectTypeId(String objectType) {
    return ID.matcher(objectType).matches();
  }

  /** Upper-case letters, digits and {@code _}, starting with a letter. */
  public static boolean isUpperCaseName(String name) {
    return UPPER_CASE.matcher(name).matches();
  }

  /** A custom object as cards and bulk actions name it: {@code p_<name>}. */
  public static boolean isCardCustomObject(String objectType) {
    return CARD_CUSTOM_OBJECT.matcher(objectType).matches();
  }

  /**
   * A custom object as {@code object.*} webhook subscriptions name it: {@code p_<name>} or {@code
   * 2-<n>}.
   */
  public static boolean isWebhookCustomObject(String objectType) {
    return WEBHOOK_CUSTOM_OBJECT.matcher(objectType).matches();
  }

  /**
   * An object type as workflow actions spell it: an upper-case name, {@code p_<name>} or an object
   * type id.
   */
  public static boolean isWorkflowObjectType(String objectType) {
    return WORKFLOW_OBJECT_TYPE.matcher(objectType).matches();
  }

  private static Pattern anyOf(String... forms) {
    return Pattern.compile(String.join("|", forms));
  }
}
