package io.github.hubspotapt.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a value came from in the user's source, as precisely as the compiler can point: the
 * annotated element, the annotation on it, and the value inside the annotation. {@code mirror} and
 * {@code value} may be null; the compiler then points at the annotation or the element. For an
 * element of an array member, {@code member} is the whole array: the Eclipse compiler can only
 * locate member values, not the elements inside them.
 */
public record Origin(
    Element element, AnnotationMirror mirror, AnnotationValue value, AnnotationValue member) {

  public Origin(Element element, AnnotationMirror mirror, AnnotationValue value) {
    this(element, mirror, value, null);
  }

  public static Origin of(Element element) {
    return new Origin(element, null, null);
  }

  public static Origin of(Element element, AnnotationMirror mirror) {
    return new Origin(element, mirror, null);
  }
}
