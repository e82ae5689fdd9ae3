package io.github.hubspotapt.processor.declaration;

/**
 * One key of a component's {@code config} and the annotation member it comes from: the processor
 * writes the key from the member, the import ({@code hubspot:import}) writes the member back from
 * the key, both by this declaration. The member's default value is not repeated here: each side
 * reads it from the annotation type itself.
 *
 * @param member the annotation member
 * @param key the JSON key, the member's name unless HubSpot names it otherwise
 * @param kind what the member holds
 * @param omission when the key is left out of the file
 * @param vocabulary the simple name of the annotations' class of string constants that spells
 *     HubSpot's values of this key ({@code CardLocation}), or null when it has none
 * @param nested the keys of the nested annotation a {@link ValueKind#NESTED} or {@link
 *     ValueKind#NESTED_LIST} key holds, else null
 */
public record ConfigKey(
    String member,
    String key,
    ValueKind kind,
    Omission omission,
    String vocabulary,
    AnnotationDeclaration nested) {

  public static ConfigKey string(String member) {
    return of(member, ValueKind.STRING);
  }

  public static ConfigKey strings(String member) {
    return of(member, ValueKind.STRINGS);
  }

  public static ConfigKey enumValue(String member) {
    return of(member, ValueKind.ENUM);
  }

  public static ConfigKey enumValues(String member) {
    return of(member, ValueKind.ENUMS);
  }

  public static ConfigKey bool(String member) {
    return of(member, ValueKind.BOOLEAN);
  }

  public static ConfigKey integer(String member) {
    return of(member, ValueKind.INTEGER);
  }

  /** A nested annotation, written as an object of its own keys. */
  public static ConfigKey nested(String member, AnnotationDeclaration keys) {
    return new ConfigKey(member, member, ValueKind.NESTED, Omission.NEVER, null, keys);
  }

  /**
   * An array of nested annotations, written as an array of objects of their keys, only when it has
   * elements.
   */
  public static ConfigKey nestedList(String member, AnnotationDeclaration keys) {
    return new ConfigKey(member, member, ValueKind.NESTED_LIST, Omission.WHEN_UNSET, null, keys);
  }

  private static ConfigKey of(String member, ValueKind kind) {
    return new ConfigKey(member, member, kind, Omission.NEVER, null, null);
  }

  /** The same key, left out of the file when unset. */
  public ConfigKey omittedWhenUnset() {
    return new ConfigKey(member, key, kind, Omission.WHEN_UNSET, vocabulary, nested);
  }

  /** The same key, written only when the source writes the member out. */
  public ConfigKey omittedUnlessWritten() {
    return new ConfigKey(member, key, kind, Omission.UNLESS_WRITTEN, vocabulary, nested);
  }

  /** The same key, under another JSON name than its member's. */
  public ConfigKey inJsonAs(String jsonKey) {
    return new ConfigKey(member, jsonKey, kind, omission, vocabulary, nested);
  }

  /** The same key, its values spelled by the annotations' constants class {@code simpleName}. */
  public ConfigKey spelledBy(String simpleName) {
    return new ConfigKey(member, key, kind, omission, simpleName, nested);
  }
}
