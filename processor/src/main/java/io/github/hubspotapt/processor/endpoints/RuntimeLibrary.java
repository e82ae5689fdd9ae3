package io.github.hubspotapt.processor.endpoints;

import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.util.Elements;

/**
 * The run-time artifact (hubspot-apt-runtime) as the generated code sees it. Code that answers
 * HubSpot's requests is generated only where the compilation has that artifact on its class path: a
 * project that uses the annotations for its HubSpot project alone compiles as before, and its
 * handler methods are not held to the binding rules.
 */
public final class RuntimeLibrary {

  static final String PACKAGE = "io.github.hubspotapt.runtime";

  /** The artifact's module name, where a modular application reads it from the module path. */
  private static final String MODULE = "io.github.hubspotapt.runtime";

  /** The type whose presence stands for the artifact's. */
  private static final String ENDPOINTS = PACKAGE + ".HubSpotEndpoints";

  private RuntimeLibrary() {}

  /**
   * Whether the code compiled with {@code compiled} can see the run-time artifact. Looked up only
   * where that code can read it, in the unnamed module (the class path) or the artifact's own
   * module when the compiled module requires it: {@link Elements#getTypeElement(CharSequence)}
   * searches every module of the JDK for a name, which took 5 to 12 ms of a warm recompilation when
   * the type is absent (bench/warm-jvm.md).
   *
   * @param compiled an element compiled in this compilation, or null when there is none
   */
  public static boolean present(Elements elements, Element compiled) {
    ModuleElement module = compiled == null ? null : elements.getModuleOf(compiled);
    if (module == null) {
      // No modules (source level 8, or a compiler without them): one name space to look in.
      return elements.getTypeElement(ENDPOINTS) != null;
    }
    if (module.isUnnamed()) {
      return elements.getTypeElement(module, ENDPOINTS) != null;
    }
    // A named module sees the artifact only if it requires it; generated code naming it would not
    // compile otherwise.
    return module.getDirectives().stream()
        .filter(directive -> directive.getKind() == ModuleElement.DirectiveKind.REQUIRES)
        .map(directive -> ((ModuleElement.RequiresDirective) directive).getDependency())
        .anyMatch(
            dependency ->
                dependency.getQualifiedName().contentEquals(MODULE)
                    && elements.getTypeElement(dependency, ENDPOINTS) != null);
  }
}
