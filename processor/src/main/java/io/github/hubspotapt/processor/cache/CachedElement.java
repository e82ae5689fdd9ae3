package io.github.hubspotapt.processor.cache;

import io.github.hubspotapt.processor.model.StandInElement;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ElementVisitor;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The element a cached value came from, in a type this compilation did not compile. Rules only name
 * it (its {@code toString}, recorded when it was read), so the compiler reads its class file only
 * when something asks for more; {@link #compilerElement} gives the compiler's own element, which
 * the Messager needs.
 */
public final class CachedElement implements StandInElement {

  private final Elements elements;
  private final String typeName;
  private final boolean isType;
  private final String kind;
  private final String text;
  private Element resolved;

  /**
   * The type named {@code typeName}, or ({@code isType} false) its member of that kind and text.
   */
  CachedElement(Elements elements, String typeName, boolean isType, String kind, String text) {
    this.elements = elements;
    this.typeName = typeName;
    this.isType = isType;
    this.kind = kind;
    this.text = text;
  }

  @Override
  public Element compilerElement() {
    if (resolved == null) {
      resolved = find();
    }
    return resolved;
  }

  /** The type, or its member of that kind and text; the type when the member is gone. */
  private Element find() {
    TypeElement type = elements.getTypeElement(typeName);
    if (type == null || isType) {
      return type;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind().name().equals(kind) && member.toString().equals(text)) {
        return member;
      }
    }
    return type;
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
