package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.processor.declaration.AnnotationKeys;
import java.lang.reflect.Method;

/**
 * The annotation types themselves, from the annotations jar on the plugin's class path: the methods
 * of an annotation interface keep their defaults whatever its retention, so the import reads each
 * member's default there instead of writing it again.
 */
final class AnnotationsJar {

  private AnnotationsJar() {}

  /** A class of the annotations jar, by its simple name. */
  static Class<?> type(String simpleName) {
    try {
      return Class.forName(
          AnnotationKeys.PACKAGE + "." + simpleName, false, AnnotationsJar.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the annotations jar has no " + simpleName, e);
    }
  }

  /** The member {@code member} of the annotation type {@code type}. */
  static Method member(Class<?> type, String member) {
    try {
      return type.getMethod(member);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("@" + type.getSimpleName() + " has no member " + member, e);
    }
  }

  /** The default of {@code member} of the annotation {@code simpleName}, or null when required. */
  static Object defaultOf(String simpleName, String member) {
    return member(type(simpleName), member).getDefaultValue();
  }
}
