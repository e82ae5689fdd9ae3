package io.github.hubspotapt.processor.diagnostics;

import io.github.hubspotapt.processor.model.Origin;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * What to hand Eclipse's compiler so that a diagnostic lands as close to its value as ECJ can place
 * it.
 *
 * <p>ECJ's Messager (ECJ 3.46, {@code BaseMessagerImpl.createProblem}) finds a position only for
 * classes, interfaces, enums and annotation types, methods and constructors, and fields declared in
 * the source; within those, for an annotation written on the element, and for a top-level member
 * value of that annotation, which it places at the member's name (it cannot point at a value
 * itself). An element of an array member is not such a member value, and would land on the
 * annotation: the array member is handed over instead. Records, record components and their fields,
 * and enum constants have no position at all (no file, no line): a finding on one of them goes to
 * the nearest enclosing type ECJ can place, and its message names the element it is about.
 */
final class EclipsePositions {

  /** The arguments for {@code Messager.printMessage}; {@code suffix} is appended to the message. */
  record Target(Element element, AnnotationMirror mirror, AnnotationValue value, String suffix) {}

  private EclipsePositions() {}

  static Target of(Origin origin) {
    Element element = origin.element();
    if (placeable(element)) {
      AnnotationValue value = origin.member() != null ? origin.member() : origin.value();
      return new Target(element, origin.mirror(), origin.mirror() == null ? null : value, "");
    }
    Element enclosing = element.getEnclosingElement();
    while (enclosing != null && !(enclosing instanceof TypeElement && placeable(enclosing))) {
      enclosing = enclosing.getEnclosingElement();
    }
    return new Target(enclosing, null, null, " (at " + describe(element) + ")");
  }

  private static boolean placeable(Element element) {
    return switch (element.getKind()) {
      case CLASS, INTERFACE, ENUM, ANNOTATION_TYPE, METHOD, CONSTRUCTOR -> true;
      // A record's instance fields are its components, which ECJ does not place; its static fields
      // it does.
      case FIELD ->
          element.getEnclosingElement().getKind() != ElementKind.RECORD
              || element.getModifiers().contains(Modifier.STATIC);
      default -> false;
    };
  }

  private static String describe(Element element) {
    Element enclosing = element.getEnclosingElement();
    String member =
        enclosing instanceof TypeElement type
            ? type.getQualifiedName() + "." + element.getSimpleName()
            : element.getSimpleName().toString();
    return switch (element.getKind()) {
      case RECORD, ENUM_CONSTANT ->
          kind(element)
              + " "
              + (element instanceof TypeElement type ? type.getQualifiedName().toString() : member);
      case FIELD, RECORD_COMPONENT -> "record component " + member;
      default -> kind(element) + " " + member;
    };
  }

  private static String kind(Element element) {
    return element.getKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
