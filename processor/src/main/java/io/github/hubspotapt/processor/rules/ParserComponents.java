package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.write.ProjectFiles;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HubSpot's component registry as its project parser has it (project-parsing-lib 0.23.0, {@code
 * constants.js} {@code Components}): each type with its folder below the source folder and whether
 * a project may hold only one. Its app features are the processor's {@link ComponentType}s, which
 * state folder and cardinality once; the parser-only ones among them (calling, MCP servers, ...)
 * are declared by {@code @ExperimentalFeature}, and hand-written files may use them too.
 */
public final class ParserComponents {

  /**
   * A registered type: its folder relative to the source folder, and whether it is a
   * single-instance type.
   */
  record Component(String folder, boolean singular) {}

  /** The parser's own renamings between a file's {@code type} and the type it sends to HubSpot. */
  private static final Map<String, String> TO_INTERNAL =
      Map.of(
          "app",
          "APPLICATION",
          "scim",
          "SCIM_INTEGRATION",
          "telemetry",
          "TELEMETRY_CONFIG",
          "cms-assets",
          "REACT_THEME",
          "pages",
          "PAGE");

  private static final Map<String, String> FROM_INTERNAL =
      Map.of(
          "APPLICATION",
          "app",
          "SCIM_INTEGRATION",
          "scim",
          "TELEMETRY_CONFIG",
          "telemetry",
          "REACT_THEME",
          "cms-assets",
          "PAGE",
          "pages");

  /**
   * The parser's types: the app and the theme types, which are no app features, then every {@link
   * ComponentType} in its folder below {@code app/}, keyed as the parser compares types (so
   * declared after the renamings, which {@link #normalize} reads).
   */
  private static final Map<String, Component> TYPES =
      types(
          Map.of(
              ProjectFiles.APP_TYPE,
              new Component("app", true),
              "theme",
              new Component("theme", false),
              "cms-assets",
              new Component("cms-assets", false)));

  /**
   * The type the parser creates itself for the functions' package.json; it never validates a file
   * of this type.
   */
  static final String SERVERLESS_PACKAGE = "serverless-package";

  private ParserComponents() {}

  private static Map<String, Component> types(Map<String, Component> notFeatures) {
    Map<String, Component> types = new HashMap<>(notFeatures);
    for (ComponentType type : ComponentType.values()) {
      types.put(
          normalize(type.json()),
          new Component(ProjectFiles.APP_TYPE + "/" + type.folder(), type.singular()));
    }
    return Map.copyOf(types);
  }

  /**
   * A file's {@code type} as the parser compares it: mapped to the type sent to HubSpot and back,
   * so that {@code CARD}, {@code Card} and {@code card} all mean {@code card}, and {@code page}
   * means {@code pages}. Public for the import, which takes a type as the parser does.
   */
  public static String normalize(String type) {
    String internal =
        TO_INTERNAL.getOrDefault(type, type).toUpperCase(Locale.ROOT).replace('-', '_');
    return FROM_INTERNAL
        .getOrDefault(internal, internal)
        .toLowerCase(Locale.ROOT)
        .replace('_', '-');
  }

  /** The registered component of a normalized type, or null. */
  static Component of(String normalizedType) {
    return TYPES.get(normalizedType);
  }

  static Set<String> types() {
    return TYPES.keySet();
  }

  /**
   * The folders whose metadata files the parser reads (all others it skips): {@code app}, {@code
   * theme}, {@code cms-assets}, and the folder of every app feature. Public for the import, which
   * keeps a metafile anywhere else as a front-end file.
   */
  public static boolean isRead(String folder) {
    for (Component component : TYPES.values()) {
      if (component.folder().equals(folder)) {
        return true;
      }
    }
    return false;
  }
}
