package io.github.hubspotapt.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a value came from in the user's source, as precisely as the compiler can point: the annotated element, the
 * annotation on it, and the value inside the annotation. {@code mirror} and {@code value} may be null; the compiler
 * then points at the annotation or the element.
 */
public record Origin(Element element, AnnotationMirror mirror, AnnotationValue value) {

  public static Origin of(Element element) {
    return new Origin(element, null, null);
  }

  public static Origin of(Element element, AnnotationMirror mirror) {
    return new Origin(element, mirror, null);
  }
}
