package io.github.hubspotapt.processor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The registry derived from the component types is the parser's own: project-parsing-lib 0.23.0,
 * {@code constants.js} {@code Components}, copied here as it stands there, so that a type whose
 * folder or cardinality differs from the parser's fails here.
 */
class ParserComponentsTest {

  private static final Map<String, ParserComponents.Component> PARSER =
      Map.ofEntries(
          Map.entry("app", new ParserComponents.Component("app", true)),
          Map.entry("theme", new ParserComponents.Component("theme", false)),
          Map.entry("cms-assets", new ParserComponents.Component("cms-assets", false)),
          Map.entry("api-client", new ParserComponents.Component("app/api-client", true)),
          Map.entry("app-object", new ParserComponents.Component("app/app-objects", false)),
          Map.entry(
              "app-object-association",
              new ParserComponents.Component("app/app-object-associations", false)),
          Map.entry("pages", new ParserComponents.Component("app/pages", true)),
          Map.entry("calling", new ParserComponents.Component("app/calling", true)),
          Map.entry("card", new ParserComponents.Component("app/cards", false)),
          Map.entry("app-function", new ParserComponents.Component("app/functions", false)),
          Map.entry("scim", new ParserComponents.Component("app/scim", true)),
          Map.entry("settings", new ParserComponents.Component("app/settings", true)),
          Map.entry(
              "marketing-event", new ParserComponents.Component("app/marketing-events", false)),
          Map.entry("media-bridge", new ParserComponents.Component("app/media-bridge", false)),
          Map.entry("app-event", new ParserComponents.Component("app/app-events", false)),
          Map.entry(
              "video-conferencing",
              new ParserComponents.Component("app/video-conferencing", false)),
          Map.entry("webhooks", new ParserComponents.Component("app/webhooks", true)),
          Map.entry(
              "webhooks-journal", new ParserComponents.Component("app/webhooks-journal", true)),
          Map.entry(
              "workflow-action", new ParserComponents.Component("app/workflow-actions", false)),
          Map.entry("crm-bulk-action", new ParserComponents.Component("app/actions", false)),
          Map.entry("telemetry", new ParserComponents.Component("app/telemetry", true)),
          Map.entry("mcp-client", new ParserComponents.Component("app/mcp-client", true)),
          Map.entry("mcp-server", new ParserComponents.Component("app/mcp-server", true)));

  @Test
  void theComponentTypesMakeTheParsersRegistry() {
    Map<String, ParserComponents.Component> derived = new TreeMap<>();
    ParserComponents.types().forEach(type -> derived.put(type, ParserComponents.of(type)));
    assertEquals(new TreeMap<>(PARSER), derived);
  }
}
