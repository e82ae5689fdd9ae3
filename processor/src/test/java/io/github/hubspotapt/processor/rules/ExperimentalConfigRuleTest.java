package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.hubspotapt.processor.testing.AppSource;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExperimentalConfigRuleTest {

  private static final String RULE = "HS-EXPERIMENTAL-CONFIG";
  private static final String NEEDS =
      "; HubSpot's parser needs config to be one JSON object,"
          + " e.g. \"{\\\"name\\\": \\\"My server\\\"}\"";

  /** The config as Java source text, and the message's middle: what the parser found, and where. */
  static Stream<Arguments> configsThatAreNotOneObject() {
    return Stream.of(
        argumentSet(
            "invalidJsonNamesTheParsersMessageAndPosition",
            "\"{\\\"name\\\": }\"",
            "config \"{\\\"name\\\": }\" is not valid JSON: Unexpected character ('}' (code 125)): expected a value"
                + " (line 1, column 10)"),
        argumentSet(
            "anArrayIsNotAnObject",
            "\"[1, 2]\"",
            "config \"[1, 2]\" is not a JSON object but starts with [ (line 1, column 1)"),
        argumentSet(
            "twoObjectsAreNotOne",
            "\"{} {}\"",
            "config \"{} {}\" has more after the object (line 1, column 4)"),
        argumentSet("emptyTextIsNoObject", "\"\"", "config \"\" is empty"));
  }

  @ParameterizedTest
  @MethodSource("configsThatAreNotOneObject")
  void aConfigThatIsNotOneObjectIsAnErrorOnTheValue(String config, String message) {
    JavaFileObject mcp = AppSource.experimental("Mcp", "MCP_SERVER").with("config", config).build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.valid().build(), mcp),
        mcp,
        RULE,
        "@ExperimentalFeature(type = MCP_SERVER) " + message + NEEDS,
        config);
  }

  @Test
  void anObjectPasses() {
    assertSucceededWithout(
        compile(
            NO_FRONTEND,
            AppSource.valid().build(),
            AppSource.experimental("Mcp", "MCP_SERVER")
                .with(
                    "config",
                    "\"{\\\"tools\\\": [{\\\"name\\\": \\\"search\\\"}], \\\"enabled\\\": true}\"")
                .build()),
        RULE);
  }
}
