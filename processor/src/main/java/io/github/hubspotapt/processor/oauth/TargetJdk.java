package io.github.hubspotapt.processor.oauth;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * What the code the helper is compiled with offers: the release ({@code List.of}, {@code
 * java.net.http} need Java 11) and, in a named module, which of the JDK modules the helper uses the
 * app's module reads.
 */
final class TargetJdk {

  private final SourceVersion version;
  private final ModuleElement module;

  TargetJdk(SourceVersion version, Elements elements, Element app) {
    this.version = version;
    this.module = elements.getModuleOf(app);
  }

  /**
   * Java 11 or later: the generated code uses {@code List.of}, {@code URLEncoder.encode(String,
   * Charset)} and {@code java.net.http}.
   */
  static boolean supports(SourceVersion version) {
    return version.compareTo(SourceVersion.RELEASE_11) >= 0;
  }

  boolean supported() {
    return supports(version);
  }

  /** {@code java.net.http.HttpRequest} is visible (module {@code java.net.http}). */
  boolean hasHttpClient() {
    return reads("java.net.http");
  }

  /**
   * The unnamed module reads every module of the JDK's default root set ({@code java.se}); a named
   * module reads what it requires, and what those modules require transitively ({@code requires
   * java.se} reads both).
   */
  private boolean reads(String name) {
    if (module == null || module.isUnnamed()) {
      return true;
    }
    Deque<ModuleElement> todo = new ArrayDeque<>();
    requires(module, false, todo);
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      ModuleElement next = todo.pop();
      String nextName = next.getQualifiedName().toString();
      if (nextName.equals(name)) {
        return true;
      }
      if (seen.add(nextName)) {
        requires(next, true, todo);
      }
    }
    return false;
  }

  private static void requires(
      ModuleElement module, boolean transitiveOnly, Deque<ModuleElement> into) {
    for (RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
      if (!transitiveOnly || requires.isTransitive()) {
        into.push(requires.getDependency());
      }
    }
  }
}
