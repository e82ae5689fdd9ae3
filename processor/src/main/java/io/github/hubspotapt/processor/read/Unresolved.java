package io.github.hubspotapt.processor.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * What did not resolve in the declarations of the types compiled from source, at the end of processing: annotations
 * whose type is unknown, and the types of supertypes, fields and method signatures. javac reports these only after
 * the last round (a later round could still have generated the missing type), Eclipse's compiler reports them too:
 * with any of them left, the compilation fails. An unresolved annotation named like a HubSpot one ({@code @Card}
 * whose import was removed) also means the model misses a component, so nothing may be checked or written from it.
 */
public final class Unresolved {

  private final List<String> hubSpotAnnotations = new ArrayList<>();
  private final Set<String> typesWithHubSpotAnnotations = new TreeSet<>();
  private boolean any;

  private Unresolved() {}

  /**
   * Scans the top-level types named {@code types} and their nested types. {@code writtenUnresolved} gives the simple
   * names of the annotations on a type and its members whose type did not resolve, as the compiler's trees show them
   * (javac 17 leaves such annotations out of the element model); null where the compiler keeps them in the model.
   */
  public static Unresolved scan(Collection<String> types, Elements elements,
      Function<TypeElement, List<String>> writtenUnresolved) {
    Unresolved unresolved = new Unresolved();
    for (String name : types) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        unresolved.scanType(type, writtenUnresolved);
      }
    }
    return unresolved;
  }

  /** Whether anything did not resolve: the compilation then fails. */
  public boolean any() {
    return any;
  }

  /** The unresolved annotations named like HubSpot's, e.g. {@code @Card on demo.Invoices}; empty when none. */
  public List<String> hubSpotAnnotations() {
    return hubSpotAnnotations;
  }

  /** The qualified names of the types that carry an unresolved HubSpot annotation, on themselves or a member. */
  public Set<String> typesWithHubSpotAnnotations() {
    return typesWithHubSpotAnnotations;
  }

  private void scanType(TypeElement type, Function<TypeElement, List<String>> writtenUnresolved) {
    Set<String> annotations = new LinkedHashSet<>();
    if (writtenUnresolved != null) {
      annotations.addAll(writtenUnresolved.apply(type));
    }
    addUnresolvedMirrors(type, annotations);
    any |= unresolved(type.getSuperclass()) || anyUnresolved(type.getInterfaces()) || unresolvedBounds(type.getTypeParameters());
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement nested) {
        scanType(nested, writtenUnresolved);
        continue;
      }
      addUnresolvedMirrors(member, annotations);
      any |= member instanceof ExecutableElement method ? unresolved(method) : unresolved(member.asType());
    }
    for (String annotation : annotations) {
      any = true;
      if (AnnotationNames.SIMPLE_NAMES.contains(annotation)) {
        hubSpotAnnotations.add("@" + annotation + " on " + type.getQualifiedName());
        typesWithHubSpotAnnotations.add(type.getQualifiedName().toString());
      }
    }
  }

  /** Eclipse's compiler, and javac from some version on, keep an unresolved annotation with an error type. */
  private static void addUnresolvedMirrors(Element element, Set<String> names) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().getKind() == TypeKind.ERROR) {
        names.add(mirror.getAnnotationType().asElement().getSimpleName().toString());
      }
    }
  }

  private static boolean unresolved(ExecutableElement method) {
    if (unresolved(method.getReturnType()) || anyUnresolved(method.getThrownTypes())
        || unresolvedBounds(method.getTypeParameters())) {
      return true;
    }
    for (Element parameter : method.getParameters()) {
      if (unresolved(parameter.asType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean unresolvedBounds(List<? extends TypeParameterElement> parameters) {
    for (TypeParameterElement parameter : parameters) {
      if (anyUnresolved(parameter.getBounds())) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyUnresolved(List<? extends TypeMirror> types) {
    for (TypeMirror type : types) {
      if (unresolved(type)) {
        return true;
      }
    }
    return false;
  }

  /** Type variables are not followed: their bounds are checked where they are declared, and may refer to themselves. */
  private static boolean unresolved(TypeMirror type) {
    return switch (type.getKind()) {
      case ERROR -> true;
      case DECLARED -> anyUnresolved(((DeclaredType) type).getTypeArguments());
      case ARRAY -> unresolved(((ArrayType) type).getComponentType());
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        yield (wildcard.getExtendsBound() != null && unresolved(wildcard.getExtendsBound()))
            || (wildcard.getSuperBound() != null && unresolved(wildcard.getSuperBound()));
      }
      default -> false;
    };
  }
}
