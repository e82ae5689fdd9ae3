package io.github.hubspotapt.processor.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The types that carry a HubSpot annotation: those of this compilation, gathered every round, plus
 * those of earlier compilations that the compiler did not see this time (an IDE or Gradle
 * recompiling only changed files). The latter come from the previous {@link TypeIndex} and are kept
 * only if they still exist and still carry a HubSpot annotation, read back from their class files.
 */
public final class AnnotatedTypes {

  private static final Set<String> APP = Set.of(AnnotationNames.HUBSPOT_APP);

  private final Elements elements;

  /** The qualified names of the annotations that make a type one to read. */
  private final Set<String> supported;

  /**
   * By qualified name (binary name for local classes): sorted, so the model never depends on the
   * compiler's order.
   */
  private final Map<String, TypeElement> types = new TreeMap<>();

  /** Every type compiled from source in this compilation, annotated or not. */
  private final Set<String> compiled = new java.util.HashSet<>();

  /** The top-level types compiled from source, of every round, by qualified name. */
  private final Map<String, TypeElement> sourceTypes = new java.util.LinkedHashMap<>();

  /** The first round's root elements: about the compilation's source files; -1 before it. */
  private int initialRoots = -1;

  public AnnotatedTypes(Elements elements, Set<String> supported) {
    this.elements = elements;
    this.supported = supported;
  }

  public void collect(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (initialRoots < 0) {
      initialRoots = round.getRootElements().size();
    }
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        sourceTypes.put(type.getQualifiedName().toString(), type);
      }
      addCompiled(root);
    }
    if (annotations.isEmpty()) {
      return;
    }
    // One scan of the round's elements for all annotations; javac scans every member of every class
    // per call.
    for (Element element :
        round.getElementsAnnotatedWithAny(annotations.toArray(new TypeElement[0]))) {
      // Subscriptions sit on handler methods: the type that declares the method is what gets read.
      Element declaring = element instanceof TypeElement ? element : element.getEnclosingElement();
      if (declaring instanceof TypeElement type) {
        types.put(key(type), type);
      }
    }
  }

  /**
   * Adds the types a previous compilation indexed and this one did not see. A type compiled in this
   * compilation is never taken from the index: if it lost its annotations, it is dropped.
   */
  public void mergePrevious(Collection<String> indexed) {
    for (String name : indexed) {
      if (types.containsKey(name) || compiled.contains(name)) {
        continue;
      }
      TypeElement type = elements.getTypeElement(name);
      if (type != null && carriesHubSpotAnnotation(type)) {
        types.put(name, type);
      }
    }
  }

  /**
   * The types a previous compilation indexed that this one has not seen, as {@link #mergePrevious}
   * would add them, without adding them: for what is generated in the first round, when the index
   * is merged only at the end.
   */
  public List<TypeElement> previous(Collection<String> indexed) {
    List<TypeElement> previous = new ArrayList<>();
    for (String name : indexed) {
      if (!types.containsKey(name) && !compiled.contains(name)) {
        TypeElement type = elements.getTypeElement(name);
        if (type != null && carriesHubSpotAnnotation(type)) {
          previous.add(type);
        }
      }
    }
    return previous;
  }

  /**
   * Whether this compilation has {@code name}: compiled from source, or annotated and found
   * already.
   */
  public boolean inThisCompilation(String name) {
    return types.containsKey(name) || compiled.contains(name);
  }

  /** Whether this compilation compiles the type of this qualified name from source. */
  public boolean compiles(String name) {
    return compiled.contains(name);
  }

  /** The annotated types by name, sorted. */
  public Map<String, TypeElement> byName() {
    return java.util.Collections.unmodifiableMap(types);
  }

  public Collection<TypeElement> all() {
    return types.values();
  }

  /**
   * The types that carry {@code @HubSpotApp}, by name: a valid project has exactly one. Asked in
   * every round of every compilation, so it loads nothing else (the mirror reader has eight
   * visitors) and links no lambda.
   */
  public List<TypeElement> apps() {
    List<TypeElement> apps = new ArrayList<>();
    for (TypeElement type : types.values()) {
      if (hasAny(type, APP)) {
        apps.add(type);
      }
    }
    return apps;
  }

  /**
   * The top-level types compiled from source in this compilation, generated ones included, by
   * qualified name.
   */
  public Map<String, TypeElement> sourceTypes() {
    return sourceTypes;
  }

  /**
   * How many types and packages the compilation started with from source, about its source files; 0
   * before the first round.
   */
  public int initialSourceCount() {
    return Math.max(initialRoots, 0);
  }

  /**
   * The names to index for the next compilation: local and anonymous classes cannot be looked up by
   * name.
   */
  public List<String> indexableNames() {
    List<String> names = new ArrayList<>();
    for (TypeElement type : types.values()) {
      if (!type.getQualifiedName().isEmpty()) {
        names.add(type.getQualifiedName().toString());
      }
    }
    return names;
  }

  private void addCompiled(Element element) {
    if (element instanceof TypeElement type) {
      compiled.add(type.getQualifiedName().toString());
      for (Element enclosed : type.getEnclosedElements()) {
        addCompiled(enclosed);
      }
    }
  }

  private String key(TypeElement type) {
    return type.getQualifiedName().isEmpty()
        ? elements.getBinaryName(type).toString()
        : type.getQualifiedName().toString();
  }

  private boolean carriesHubSpotAnnotation(TypeElement type) {
    if (hasAny(type, supported)) {
      return true;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == javax.lang.model.element.ElementKind.METHOD
          && hasAny(member, supported)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code element} carries one of {@code annotations} (by qualified name). */
  private static boolean hasAny(Element element, Set<String> annotations) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      Element annotation = mirror.getAnnotationType().asElement();
      if (annotation instanceof TypeElement t
          && annotations.contains(t.getQualifiedName().toString())) {
        return true;
      }
    }
    return false;
  }
}
