package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ExperimentalTypeRuleTest {

  @Test
  void everyExperimentalFeatureWarnsOnItsTypeThatHubSpotMayRefuseIt() {
    JavaFileObject mcp = AppSource.experimental("Mcp", "MCP_SERVER").build();

    assertSucceededWithWarning(
        compile(NO_FRONTEND, AppSource.valid().build(), mcp),
        mcp,
        "HS-EXPERIMENTAL-TYPE",
        "@ExperimentalFeature(type = MCP_SERVER): HubSpot's parser knows the type \"mcp-server\", but HubSpot"
            + " publishes no config format for it; its config is checked only to be one JSON object, and HubSpot may"
            + " refuse the file at upload (\"Unsupported type: mcp-server\") unless the account has the feature;"
            + " -Ahubspot.severity.HS_EXPERIMENTAL_TYPE=NONE silences this once it is known to work",
        ".MCP_SERVER");
  }
}
