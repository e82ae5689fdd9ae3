package io.github.hubspotapt.processor.cache;

import io.github.hubspotapt.processor.model.StandInElement;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ElementVisitor;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.type.TypeMirror;

/**
 * The element a cached value came from, in a type this compilation did not compile. Rules only name
 * it (its {@code toString}, recorded when it was read), so the compiler reads its class file only
 * when something asks for more; {@link #compilerElement} gives the compiler's own element, which
 * the Messager needs.
 */
public final class CachedElement implements StandInElement {

  private final String text;
  private final Supplier<Element> resolver;
  private Element resolved;

  CachedElement(String text, Supplier<Element> resolver) {
    this.text = text;
    this.resolver = resolver;
  }

  @Override
  public Element compilerElement() {
    if (resolved == null) {
      resolved = resolver.get();
    }
    return resolved;
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public TypeMirror asType() {
    return compilerElement().asType();
  }

  @Override
  public ElementKind getKind() {
    return compilerElement().getKind();
  }

  @Override
  public Set<Modifier> getModifiers() {
    return compilerElement().getModifiers();
  }

  @Override
  public Name getSimpleName() {
    return compilerElement().getSimpleName();
  }

  @Override
  public Element getEnclosingElement() {
    return compilerElement().getEnclosingElement();
  }

  @Override
  public List<? extends Element> getEnclosedElements() {
    return compilerElement().getEnclosedElements();
  }

  @Override
  public List<? extends AnnotationMirror> getAnnotationMirrors() {
    return compilerElement().getAnnotationMirrors();
  }

  /**
   * Refused: the processor reads annotations only through {@link #getAnnotationMirrors}, whose
   * values keep their source positions; a reflective proxy has none and throws on {@code
   * Class}-valued members.
   */
  @Override
  public <A extends Annotation> A getAnnotation(Class<A> annotationType) {
    throw new UnsupportedOperationException(
        "read " + annotationType.getName() + " through getAnnotationMirrors()");
  }

  /** Refused, as {@link #getAnnotation} is. */
  @Override
  public <A extends Annotation> A[] getAnnotationsByType(Class<A> annotationType) {
    throw new UnsupportedOperationException(
        "read " + annotationType.getName() + " through getAnnotationMirrors()");
  }

  @Override
  public <R, P> R accept(ElementVisitor<R, P> visitor, P parameter) {
    return compilerElement().accept(visitor, parameter);
  }
}
