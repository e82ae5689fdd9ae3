package io.github.hubspotapt.processor.model;

import javax.lang.model.element.Element;

/**
 * An element that stands in for one of the compiler's own, such as the {@link Origin} of a value
 * read back from the model cache rather than from the compiler. Rules only name it; the Messager
 * places a diagnostic only on the compiler's own element, which {@link #compilerElement} gives.
 */
public interface StandInElement extends Element {

  /** The compiler's element this one stands in for, looked up on first use. */
  Element compilerElement();

  /** The compiler's element for {@code element}, which may stand in for one; null stays null. */
  static Element resolve(Element element) {
    return element instanceof StandInElement standIn ? standIn.compilerElement() : element;
  }
}
