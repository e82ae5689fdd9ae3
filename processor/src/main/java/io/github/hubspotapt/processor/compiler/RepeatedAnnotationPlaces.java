package io.github.hubspotapt.processor.compiler;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Places a diagnostic on a value inside a repeated annotation ({@code @Profile @Profile}), which
 * javac's Messager cannot: javac wraps the repeats in a container ({@code @Profiles}) that is not
 * in the source, and its Messager looks for the container's type among the annotations written on
 * the element (JDK 17 to 25, {@code JavacElements.matchAnnoToTree}), finds none and falls back to
 * the element. The container's values are the repeats in source order, so its i-th value is the
 * i-th annotation of the repeated type written on the element; within that one, the value is found
 * as javac finds it in an annotation it can match ({@code JavacElements.matchAttributeToTree}),
 * nested annotations included, and the diagnostic lands where javac would put it.
 */
public final class RepeatedAnnotationPlaces {

  private static final String VALUE = "value";

  private final Trees trees;

  RepeatedAnnotationPlaces(Trees trees) {
    this.trees = trees;
  }

  /**
   * Prints {@code message} at {@code value} (or at the annotation {@code mirror} itself when {@code
   * value} is null or not found in it) when {@code mirror} lies in a container javac made of
   * annotations repeated on {@code element}. False, printing nothing, for any other mirror: the
   * Messager places those itself.
   */
  public boolean print(
      Diagnostic.Kind kind,
      String message,
      Element element,
      AnnotationMirror mirror,
      AnnotationValue value) {
    // Looked up through the mirrors first: the trees are only asked for a mirror in a container.
    for (AnnotationMirror own : element.getAnnotationMirrors()) {
      if (own == mirror) {
        return false;
      }
      List<AnnotationMirror> repeats = contained(own);
      for (int i = 0; i < repeats.size(); i++) {
        if (contains(repeats.get(i), mirror)) {
          TreePath path = trees.getPath(element);
          Tree at = path == null ? null : find(path, own, repeats, i, mirror, value);
          if (at == null) {
            return false;
          }
          trees.printMessage(kind, message, at, path.getCompilationUnit());
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The tree of {@code mirror}'s {@code value} in the {@code index}-th repeat written on the
   * declaration at {@code path}, or null.
   */
  private Tree find(
      TreePath path,
      AnnotationMirror container,
      List<AnnotationMirror> repeats,
      int index,
      AnnotationMirror mirror,
      AnnotationValue value) {
    ModifiersTree modifiers = modifiers(path.getLeaf());
    if (modifiers == null) {
      return null;
    }
    TreePath modifiersPath = new TreePath(path, modifiers);
    List<AnnotationTree> written = new ArrayList<>();
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      TypeMirror type = trees.getTypeMirror(new TreePath(modifiersPath, annotation));
      if (isOfType(type, container)) {
        return null; // the container written out: javac's Messager finds its values
      }
      if (isOfType(type, repeats.get(index))) {
        written.add(annotation);
      }
    }
    if (written.size() != repeats.size()) {
      return null; // not the repeats this container holds: leave it to the Messager
    }
    Tree annotation = match(mirror, repeats.get(index), written.get(index));
    if (annotation == null || value == null) {
      return annotation;
    }
    Tree valueTree = match(value, mirror, annotation);
    return valueTree != null ? valueTree : annotation;
  }

  private static boolean isOfType(TypeMirror type, AnnotationMirror annotation) {
    return type instanceof DeclaredType declared
        && declared.asElement().equals(annotation.getAnnotationType().asElement());
  }

  /**
   * The annotations in {@code annotation}'s {@code value}, when that is an array of annotations:
   * what a container holds; else none.
   */
  private static List<AnnotationMirror> contained(AnnotationMirror annotation) {
    List<AnnotationMirror> contained = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(VALUE)
          && entry.getValue().getValue() instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof AnnotationValue each
              && each.getValue() instanceof AnnotationMirror repeat) {
            contained.add(repeat);
          } else {
            return List.of();
          }
        }
      }
    }
    return contained;
  }

  /** Whether {@code mirror} is {@code annotation} or an annotation nested in its values. */
  private static boolean contains(AnnotationMirror annotation, AnnotationMirror mirror) {
    if (annotation == mirror) {
      return true;
    }
    for (AnnotationValue value : annotation.getElementValues().values()) {
      if (containsIn(value.getValue(), mirror)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsIn(Object value, AnnotationMirror mirror) {
    if (value instanceof AnnotationMirror nested) {
      return contains(nested, mirror);
    }
    if (value instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof AnnotationValue each && containsIn(each.getValue(), mirror)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The tree of {@code wanted} (a mirror or a value, compared by identity as javac does) inside
   * {@code attribute}, whose tree is {@code tree}; null when it is not there.
   */
  private static Tree match(Object wanted, Object attribute, Tree tree) {
    if (attribute == wanted) {
      return tree;
    }
    Object value = attribute instanceof AnnotationValue av ? av.getValue() : attribute;
    if (value instanceof AnnotationMirror annotation && tree instanceof AnnotationTree written) {
      if (annotation == wanted) {
        return tree;
      }
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
          annotation.getElementValues().entrySet()) {
        ExpressionTree argument = argument(written, entry.getKey().getSimpleName().toString());
        Tree found = argument == null ? null : match(wanted, entry.getValue(), argument);
        if (found != null) {
          return found;
        }
      }
    } else if (value instanceof List<?> items) {
      if (tree instanceof NewArrayTree array && array.getInitializers() != null) {
        List<? extends ExpressionTree> elements = array.getInitializers();
        for (int i = 0; i < items.size() && i < elements.size(); i++) {
          Tree found = match(wanted, items.get(i), elements.get(i));
          if (found != null) {
            return found;
          }
        }
      } else if (items.size() == 1) {
        // A single element may be written without braces.
        return match(wanted, items.get(0), tree);
      }
    }
    return null;
  }

  /**
   * The expression written for {@code member}; javac has by now turned a lone {@code @A(x)} into
   * {@code @A(value = x)}, and a lone argument is read so all the same.
   */
  private static ExpressionTree argument(AnnotationTree annotation, String member) {
    List<? extends ExpressionTree> arguments = annotation.getArguments();
    for (ExpressionTree argument : arguments) {
      if (argument instanceof AssignmentTree assignment
          && assignment.getVariable() instanceof IdentifierTree name
          && name.getName().contentEquals(member)) {
        return assignment.getExpression();
      }
    }
    if (arguments.size() == 1
        && !(arguments.get(0) instanceof AssignmentTree)
        && member.equals(VALUE)) {
      return arguments.get(0);
    }
    return null;
  }

  private static ModifiersTree modifiers(Tree declaration) {
    if (declaration instanceof ClassTree type) {
      return type.getModifiers();
    }
    if (declaration instanceof MethodTree method) {
      return method.getModifiers();
    }
    if (declaration instanceof VariableTree variable) {
      return variable.getModifiers();
    }
    return null;
  }
}
