package io.github.hubspotapt.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a value came from in the user's source, as precisely as the compiler can point: the
 * annotated element, the annotation on it, and the value inside the annotation. {@code mirror} and
 * {@code value} may be null; the compiler then points at the annotation or the element. For an
 * element of an array member, {@code member} is the whole array: the Eclipse compiler can only
 * locate member values, not the elements inside them. A value of a model kept in the model cache
 * has its element only; {@code kept} then tells it from the other values on that element (its place
 * in the model, from 1), as {@code value} does for a value read from the sources (0): a finding on
 * one value is not taken for a finding on another, where profiles leave a value out.
 */
public record Origin(
    Element element,
    AnnotationMirror mirror,
    AnnotationValue value,
    AnnotationValue member,
    int kept) {

  public Origin(
      Element element, AnnotationMirror mirror, AnnotationValue value, AnnotationValue member) {
    this(element, mirror, value, member, 0);
  }

  public Origin(Element element, AnnotationMirror mirror, AnnotationValue value) {
    this(element, mirror, value, null);
  }

  /**
   * The {@code place}-th origin (from 1) of a model kept in the model cache, on {@code element}.
   */
  public static Origin kept(Element element, int place) {
    return new Origin(element, null, null, null, place);
  }

  public static Origin of(Element element) {
    return new Origin(element, null, null);
  }

  public static Origin of(Element element, AnnotationMirror mirror) {
    return new Origin(element, mirror, null);
  }
}
