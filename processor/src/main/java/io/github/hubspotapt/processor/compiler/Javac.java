package io.github.hubspotapt.processor.compiler;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * javac's own API beside the standard processing API: its task, which tells a listener when the
 * whole compilation has ended, and its trees, which still hold the annotations javac 17 leaves out
 * of the element model when their type does not resolve. Absent under other compilers (Eclipse's),
 * and when the processing environment is neither javac's own nor a known wrapper of it.
 */
public final class Javac {

  private static final String JAVAC_ENVIRONMENT =
      "com.sun.tools.javac.processing.JavacProcessingEnvironment";

  /**
   * Wrappers around wrappers are not expected; the bound only keeps a cycle of fields from looping.
   */
  private static final int MAX_WRAPPERS = 3;

  private final JavacTask task;
  private final Trees trees;

  private Javac(JavacTask task, Trees trees) {
    this.task = task;
    this.trees = trees;
  }

  /** javac's API for this environment, or null when it is not javac's. */
  public static Javac of(ProcessingEnvironment env) {
    ProcessingEnvironment javac = unwrap(env);
    if (javac == null) {
      return null;
    }
    try {
      return new Javac(JavacTask.instance(javac), Trees.instance(javac));
    } catch (IllegalArgumentException | LinkageError e) {
      // A javac without its com.sun.source API (a stripped runtime image), or a version whose
      // environment refuses.
      return null;
    }
  }

  JavacTask task() {
    return task;
  }

  /** Places diagnostics on values of repeated annotations, which javac's Messager cannot. */
  public RepeatedAnnotationPlaces repeatedAnnotationPlaces() {
    return new RepeatedAnnotationPlaces(trees);
  }

  /** Whether javac compiles {@code type} from source, rather than reading it from a class file. */
  public boolean compilesFromSource(TypeElement type) {
    return trees.getTree(type) != null;
  }

  /**
   * The simple names of the annotations written in the source on {@code type} and on its fields,
   * methods, record components and enum constants (not on nested types, which are asked for on
   * their own), whether they resolve or not: read from the tree alone.
   */
  public Set<String> writtenAnnotations(TypeElement type) {
    ClassTree declaration = trees.getTree(type);
    if (declaration == null) {
      return Set.of(); // a type without source, or one the trees no longer hold
    }
    Set<String> written = new HashSet<>();
    add(written, declaration.getModifiers());
    for (Tree member : declaration.getMembers()) {
      if (member instanceof VariableTree field) {
        add(written, field.getModifiers());
      } else if (member instanceof MethodTree method) {
        add(written, method.getModifiers());
      }
    }
    return written;
  }

  private static void add(Set<String> written, ModifiersTree modifiers) {
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      Tree name = annotation.getAnnotationType();
      written.add(
          name instanceof MemberSelectTree select
              ? select.getIdentifier().toString()
              : name instanceof IdentifierTree identifier
                  ? identifier.getName().toString()
                  : name.toString());
    }
  }

  /**
   * javac's environment itself, or the one a wrapper delegates to. Gradle's incremental annotation
   * processing hands processors a decorator that keeps javac's environment in a private field;
   * javac's own API accepts only the original, so that field is read.
   */
  static ProcessingEnvironment unwrap(ProcessingEnvironment env) {
    ProcessingEnvironment current = env;
    for (int depth = 0; current != null && depth <= MAX_WRAPPERS; depth++) {
      if (current.getClass().getName().equals(JAVAC_ENVIRONMENT)) {
        return current;
      }
      current = delegate(current);
    }
    return null;
  }

  private static ProcessingEnvironment delegate(ProcessingEnvironment wrapper) {
    for (Class<?> type = wrapper.getClass();
        type != null && type != Object.class;
        type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())
            && ProcessingEnvironment.class.isAssignableFrom(field.getType())) {
          try {
            field.setAccessible(true);
            return (ProcessingEnvironment) field.get(wrapper);
          } catch (RuntimeException | IllegalAccessException e) {
            return null; // a wrapper in a module that does not open it: no javac API then
          }
        }
      }
    }
    return null;
  }
}
