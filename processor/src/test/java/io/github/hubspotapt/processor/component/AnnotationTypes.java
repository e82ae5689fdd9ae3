package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.Card;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The annotation types of the annotations jar (or its classes folder, in a reactor build), found by
 * reflection.
 */
final class AnnotationTypes {

  private static final String FOLDER = Card.class.getPackageName().replace('.', '/') + "/";

  private AnnotationTypes() {}

  /** Every annotation type of the jar's package, by qualified name. */
  static List<Class<?>> all() throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Path.of(Card.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> annotations = new ArrayList<>();
    for (String name : classNames(location)) {
      Class<?> type = Class.forName(name);
      if (type.isAnnotation()) {
        annotations.add(type);
      }
    }
    annotations.sort((a, b) -> a.getName().compareTo(b.getName()));
    return annotations;
  }

  /** An annotation a user writes on a type or method: the processor is registered for it. */
  static boolean isTopLevel(Class<?> annotation) {
    Set<ElementType> targets = targets(annotation);
    return targets.contains(ElementType.TYPE) || targets.contains(ElementType.METHOD);
  }

  /**
   * An annotation a user writes on a field, record component or enum constant of an annotated type.
   */
  static boolean isOnMembers(Class<?> annotation) {
    return !targets(annotation).isEmpty() && !isTopLevel(annotation);
  }

  /** The names of the annotation type's members. */
  static Set<String> members(Class<?> annotation) {
    Set<String> members = new TreeSet<>();
    for (Method method : annotation.getDeclaredMethods()) {
      if (!method.isSynthetic()) {
        members.add(method.getName());
      }
    }
    return members;
  }

  /** {@code @Target({})} for annotations only ever nested in others. */
  private static Set<ElementType> targets(Class<?> annotation) {
    Target target = annotation.getAnnotation(Target.class);
    return target == null ? Set.of() : Set.copyOf(Arrays.asList(target.value()));
  }

  private static List<String> classNames(Path location) throws IOException {
    List<String> entries = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location.resolve(FOLDER), 1)) {
        files.forEach(file -> entries.add(location.relativize(file).toString().replace('\\', '/')));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        Collections.list(jar.entries()).forEach(entry -> entries.add(entry.getName()));
      }
    }
    List<String> names = new ArrayList<>();
    for (String entry : entries) {
      String inPackage = entry.startsWith(FOLDER) ? entry.substring(FOLDER.length()) : "";
      if (inPackage.endsWith(".class")
          && !inPackage.contains("/")
          && !inPackage.contains("$")
          && !inPackage.equals("package-info.class")) {
        names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
      }
    }
    return names;
  }
}
