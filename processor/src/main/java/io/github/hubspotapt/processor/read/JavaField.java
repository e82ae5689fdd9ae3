package io.github.hubspotapt.processor.read;

import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Origin;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One Java field of a type that stands for a HubSpot field list, with its describing annotation,
 * which {@code members} declares; {@code annotation} is null when the field has none (all defaults
 * then).
 */
public record JavaField(
    Element element,
    String javaName,
    TypeMirror type,
    MirrorReader annotation,
    AnnotationMembers members) {

  /**
   * The member every field annotation has: the field's HubSpot name, when it is not the Java name.
   */
  public static final String NAME = "name";

  /** The label member of field annotations; all but {@code @Option}'s enum constants have one. */
  public static final String LABEL = "label";

  public Origin origin() {
    return annotation == null ? Origin.of(element) : annotation.origin();
  }

  /** A string member of the annotation, or its default {@code ""} located at the field. */
  public Located<String> string(String member) {
    members.check(member);
    return annotation == null ? new Located<>("", Origin.of(element)) : annotation.string(member);
  }

  public boolean bool(String member, boolean defaultValue) {
    members.check(member);
    Boolean value = annotation == null ? null : annotation.bool(member).value();
    return value == null ? defaultValue : value;
  }

  /**
   * A boolean member as the source writes it: null (located at the field, or at the annotation)
   * when the member is left to its default, for a key that is written only when the user writes the
   * member out.
   */
  public Located<Boolean> writtenBool(String member) {
    members.check(member);
    if (annotation == null) {
      return new Located<>(null, Origin.of(element));
    }
    return annotation.isWritten(member)
        ? annotation.bool(member)
        : new Located<>(null, annotation.origin());
  }

  /** The HubSpot name: the annotation's {@code name}, else the Java name. */
  public Located<String> name() {
    Located<String> explicit = string(NAME);
    return explicit.value() == null || explicit.value().isEmpty()
        ? new Located<>(javaName, explicit.origin())
        : explicit;
  }
}
