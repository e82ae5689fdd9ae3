package io.github.hubspotapt.maven.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeRuntimeTest {

  @TempDir Path temp;

  @Test
  void aMissingNodeNamesWhatToInstallAndHowToSkip() {
    ParserUnavailableException e =
        assertThrows(
            ParserUnavailableException.class, () -> NodeRuntime.locate("/nonexistent/node"));
    assertTrue(
        e.getMessage()
            .startsWith(
                "HubSpot's project parser needs Node.js 18 or later and npm: hubspot.node "
                    + "is /nonexistent/node, which is not an executable file. Install Node.js 18+ with npm"),
        e.getMessage());
    assertTrue(
        e.getMessage().endsWith("or skip HubSpot's parser with -Dhubspot.validate.skip"),
        e.getMessage());
  }

  @Test
  void anOldNodeIsRefusedWithItsVersion() throws Exception {
    FakeNode.script(temp.resolve("npm"), "exit 0");
    Path node = FakeNode.script(temp.resolve("node"), "echo v16.20.2");
    ParserUnavailableException e =
        assertThrows(ParserUnavailableException.class, () -> NodeRuntime.locate(node.toString()));
    assertTrue(e.getMessage().contains(node + " is Node.js v16.20.2, too old"), e.getMessage());
  }

  @Test
  void somethingThatIsNotNodeIsRefused() throws Exception {
    Path node = FakeNode.script(temp.resolve("node"), "echo hello");
    ParserUnavailableException e =
        assertThrows(ParserUnavailableException.class, () -> NodeRuntime.locate(node.toString()));
    assertTrue(
        e.getMessage().contains("--version printed \"hello\", not a Node.js version"),
        e.getMessage());
  }

  @Test
  void npmIsTakenFromNodesFolder() throws Exception {
    NodeRuntime runtime = FakeNode.runtime(temp.resolve("bin"), "v20.20.2", "exit 0");
    assertEquals(temp.resolve("bin/npm"), runtime.npm());
    assertEquals("v20.20.2", runtime.version());
  }
}
