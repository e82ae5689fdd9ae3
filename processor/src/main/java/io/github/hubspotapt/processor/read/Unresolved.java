package io.github.hubspotapt.processor.read;

import io.github.hubspotapt.processor.compiler.Javac;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * What did not resolve in the declarations of the types compiled from source: annotations whose
 * type is unknown, and the types of supertypes, fields and method signatures. javac reports these
 * only after the last round (a later round could still have generated the missing type), Eclipse's
 * compiler reports them too: with any of them left when processing ends, the compilation fails. An
 * unresolved annotation named like a HubSpot one ({@code @Card} whose import was removed) also
 * means the model misses a component, so nothing may be checked or written from it.
 */
public final class Unresolved {

  /**
   * javac's API, whose trees show the annotations written in the source; null under compilers that
   * keep an unresolved annotation in the element model.
   */
  private final Javac javac;

  /** The simple names of the HubSpot annotations. */
  private final Set<String> hubSpotNames;

  private final boolean hubSpotOnly;
  private final List<String> hubSpotAnnotations = new ArrayList<>();
  private final Set<String> typesWithHubSpotAnnotations = new TreeSet<>();
  private boolean any;

  private Unresolved(Javac javac, Set<String> hubSpotNames, boolean hubSpotOnly) {
    this.javac = javac;
    this.hubSpotNames = hubSpotNames;
    this.hubSpotOnly = hubSpotOnly;
  }

  /**
   * Scans the top-level {@code types} and their nested types.
   *
   * @param javac javac's API, for the simple names of the annotations written on a type and its
   *     members, from its trees: javac 17 leaves an annotation whose type does not resolve out of
   *     the element model. Null for compilers that keep it there with an error type (Eclipse's).
   * @param hubSpotNames the simple names of the HubSpot annotations
   * @param hubSpotOnly look only for unresolved annotations named like HubSpot's (then {@link #any}
   *     tells nothing): all the processor needs during processing when javac tells it later whether
   *     the compilation failed
   */
  public static Unresolved scan(
      Collection<TypeElement> types, Javac javac, Set<String> hubSpotNames, boolean hubSpotOnly) {
    Unresolved unresolved = new Unresolved(javac, hubSpotNames, hubSpotOnly);
    for (TypeElement type : types) {
      unresolved.scanType(type);
    }
    return unresolved;
  }

  /** Whether anything did not resolve: the compilation then fails. */
  public boolean any() {
    return any;
  }

  /**
   * The unresolved annotations named like HubSpot's, e.g. {@code @Card on demo.Invoices}; empty
   * when none.
   */
  public List<String> hubSpotAnnotations() {
    return hubSpotAnnotations;
  }

  /**
   * The qualified names of the types that carry an unresolved HubSpot annotation, on themselves or
   * a member.
   */
  public Set<String> typesWithHubSpotAnnotations() {
    return typesWithHubSpotAnnotations;
  }

  private void scanType(TypeElement type) {
    List<? extends Element> members = type.getEnclosedElements();
    Set<String> annotations =
        javac == null ? unresolvedMirrors(type, members) : unresolvedWritten(type, members);
    for (String annotation : annotations) {
      any = true;
      if (hubSpotNames.contains(annotation)) {
        hubSpotAnnotations.add("@" + annotation + " on " + type.getQualifiedName());
        typesWithHubSpotAnnotations.add(type.getQualifiedName().toString());
      }
    }
    if (!hubSpotOnly) {
      any |=
          unresolved(type.getSuperclass())
              || anyUnresolved(type.getInterfaces())
              || unresolvedBounds(type.getTypeParameters());
    }
    for (Element member : members) {
      if (member instanceof TypeElement nested) {
        scanType(nested);
      } else if (!hubSpotOnly) {
        any |=
            member instanceof ExecutableElement method
                ? unresolved(method)
                : unresolved(member.asType());
      }
    }
  }

  /**
   * Eclipse's compiler (and javac from some version on) keeps an unresolved annotation, with an
   * error type.
   */
  private static Set<String> unresolvedMirrors(TypeElement type, List<? extends Element> members) {
    Set<String> names = new LinkedHashSet<>(annotations(type, TypeKind.ERROR));
    for (Element member : members) {
      names.addAll(annotations(member, TypeKind.ERROR));
    }
    return names;
  }

  /**
   * The annotations written on the type or its members that none of them carries as a resolved
   * annotation. A name resolves for a whole file (one import), so a name resolved on one member
   * stands for every use of it; the members are looked at only until every written name is found.
   */
  private Set<String> unresolvedWritten(TypeElement type, List<? extends Element> members) {
    Set<String> pending = new LinkedHashSet<>();
    for (String name : javac.writtenAnnotations(type)) {
      if (!hubSpotOnly || hubSpotNames.contains(name)) {
        pending.add(name);
      }
    }
    pending.removeAll(annotations(type, TypeKind.DECLARED));
    for (int i = 0; i < members.size() && !pending.isEmpty(); i++) {
      pending.removeAll(annotations(members.get(i), TypeKind.DECLARED));
    }
    // A record component's annotations that do not apply to its field stay on the component.
    for (Element component : pending.isEmpty() ? List.<Element>of() : type.getRecordComponents()) {
      pending.removeAll(annotations(component, TypeKind.DECLARED));
    }
    return pending;
  }

  /**
   * The simple name of each annotation on {@code element} whose type is of {@code kind} (resolved
   * or erroneous). A resolved container also stands for the annotations in its {@code value}: javac
   * wraps a repeated annotation ({@code @Profile @Profile}) in an implicit container that the trees
   * do not show. Plain loops: this runs in every compilation, where each lambda links anew.
   */
  private static List<String> annotations(Element element, TypeKind kind) {
    List<String> names = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().getKind() == kind) {
        names.add(mirror.getAnnotationType().asElement().getSimpleName().toString());
        if (kind == TypeKind.DECLARED) {
          addContained(mirror, names);
        }
      }
    }
    return names;
  }

  private static void addContained(AnnotationMirror container, List<String> names) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> member :
        container.getElementValues().entrySet()) {
      if (member.getKey().getSimpleName().contentEquals("value")
          && member.getValue().getValue() instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof AnnotationValue annotation
              && annotation.getValue() instanceof AnnotationMirror inner) {
            names.add(inner.getAnnotationType().asElement().getSimpleName().toString());
          }
        }
      }
    }
  }

  private static boolean unresolved(ExecutableElement method) {
    if (unresolved(method.getReturnType())
        || anyUnresolved(method.getThrownTypes())
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

  /**
   * Type variables are not followed: their bounds are checked where they are declared, and may
   * refer to themselves.
   */
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
