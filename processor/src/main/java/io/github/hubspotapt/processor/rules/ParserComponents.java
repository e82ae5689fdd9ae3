package io.github.hubspotapt.processor.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HubSpot's component registry as its project parser has it (project-parsing-lib 0.23.0, {@code
 * constants.js} {@code Components}): each type with its folder below the source folder and whether
 * a project may hold only one. It knows more types than the annotations declare (themes, calling,
 * MCP servers, ...), which hand-written files may use.
 */
final class ParserComponents {

  /**
   * A registered type: its folder relative to the source folder, and whether it is a
   * single-instance type.
   */
  record Component(String folder, boolean singular) {}

  private static final Map<String, Component> TYPES =
      Map.ofEntries(
          Map.entry("app", new Component("app", true)),
          Map.entry("theme", new Component("theme", false)),
          Map.entry("cms-assets", new Component("cms-assets", false)),
          Map.entry("api-client", new Component("app/api-client", true)),
          Map.entry("app-object", new Component("app/app-objects", false)),
          Map.entry("app-object-association", new Component("app/app-object-associations", false)),
          // "page" and "pages" are one type to the parser (both become PAGE, which it maps back to
          // "pages").
          Map.entry("pages", new Component("app/pages", true)),
          Map.entry("calling", new Component("app/calling", true)),
          Map.entry("card", new Component("app/cards", false)),
          Map.entry("app-function", new Component("app/functions", false)),
          Map.entry("scim", new Component("app/scim", true)),
          Map.entry("settings", new Component("app/settings", true)),
          Map.entry("marketing-event", new Component("app/marketing-events", false)),
          Map.entry("media-bridge", new Component("app/media-bridge", false)),
          Map.entry("app-event", new Component("app/app-events", false)),
          Map.entry("video-conferencing", new Component("app/video-conferencing", false)),
          Map.entry("webhooks", new Component("app/webhooks", true)),
          Map.entry("webhooks-journal", new Component("app/webhooks-journal", true)),
          Map.entry("workflow-action", new Component("app/workflow-actions", false)),
          Map.entry("crm-bulk-action", new Component("app/actions", false)),
          Map.entry("telemetry", new Component("app/telemetry", true)),
          Map.entry("mcp-client", new Component("app/mcp-client", true)),
          Map.entry("mcp-server", new Component("app/mcp-server", true)));

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
   * The type the parser creates itself for the functions' package.json; it never validates a file
   * of this type.
   */
  static final String SERVERLESS_PACKAGE = "serverless-package";

  private ParserComponents() {}

  /**
   * A file's {@code type} as the parser compares it: mapped to the type sent to HubSpot and back,
   * so that {@code CARD}, {@code Card} and {@code card} all mean {@code card}, and {@code page}
   * means {@code pages}.
   */
  static String normalize(String type) {
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
   * theme}, {@code cms-assets}, and the folder of every app feature.
   */
  static boolean isRead(String folder) {
    for (Component component : TYPES.values()) {
      if (component.folder().equals(folder)) {
        return true;
      }
    }
    return false;
  }
}
