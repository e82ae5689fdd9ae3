package io.github.hubspotapt.processor.write;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Names of generated classes: beside the type they are generated from (the OAuth helper, the
 * endpoints).
 */
public final class GeneratedNames {

  private GeneratedNames() {}

  /**
   * {@code <Type><suffix>} in {@code type}'s package; for a nested class the simple names of the
   * enclosing classes, outermost first, joined with {@code _}: {@code Outer.Inner} gives {@code
   * Outer_Inner<suffix>}.
   */
  public static ClassName beside(TypeElement type, String suffix) {
    List<String> names = new ArrayList<>();
    Element e = type;
    for (; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement enclosing) {
        names.add(0, enclosing.getSimpleName().toString());
      }
    }
    String packageName = e instanceof PackageElement p ? p.getQualifiedName().toString() : "";
    return ClassName.get(packageName, String.join("_", names) + suffix);
  }
}
