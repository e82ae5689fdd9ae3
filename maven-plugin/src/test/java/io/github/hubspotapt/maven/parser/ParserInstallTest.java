package io.github.hubspotapt.maven.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParserInstallTest {

  /**
   * What a real npm ci leaves for the one file the install replaces; counts its runs in
   * ../npm-runs.
   */
  private static final String NPM_CI =
      """
      echo "$@" >> ../npm-runs
      [ -f package-lock.json ] || exit 3
      mkdir -p node_modules/@hubspot/project-parsing-lib/src/lib
      echo 'export async function getIntermediateRepresentationSchema() { /* server call */ }' \\
        > node_modules/@hubspot/project-parsing-lib/src/lib/schemas.js""";

  @TempDir Path temp;

  @Test
  void installsOnceIntoAFolderKeyedByTheLockFileWithTheServerCallReplaced() throws Exception {
    NodeRuntime runtime = FakeNode.runtime(temp.resolve("bin"), "v20.20.2", NPM_CI);
    Path cache = temp.resolve("cache");
    ParserInstall install = new ParserInstall(cache);
    List<String> log = new ArrayList<>();

    Path folder = install.ensure(runtime, false, log::add);
    Path again = install.ensure(runtime, false, log::add);

    assertEquals(folder, again);
    assertTrue(
        folder.getFileName().toString().matches("project-parsing-lib-0\\.23\\.0-[0-9a-f]{16}"),
        folder.toString());
    assertEquals(1, log.size(), "one install notice: " + log);
    assertEquals(
        List.of("ci --ignore-scripts --no-audit --no-fund --loglevel=error"),
        Files.readAllLines(cache.resolve("npm-runs")));
    String schemas =
        Files.readString(
            folder.resolve("node_modules/@hubspot/project-parsing-lib/src/lib/schemas.js"));
    assertTrue(schemas.contains("Object.keys(Components)"), schemas);
    assertTrue(
        Files.readString(folder.resolve("package-lock.json"))
            .contains("\"@hubspot/project-parsing-lib\": \"0.23.0\""));
    assertTrue(Files.isRegularFile(folder.resolve("run.mjs")));
    try (var leftovers = Files.list(cache)) {
      assertEquals(
          List.of("npm-runs", folder.getFileName().toString()),
          leftovers.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void offlineBuildsAskNpmForItsCacheOnly() throws Exception {
    NodeRuntime runtime = FakeNode.runtime(temp.resolve("bin"), "v20.20.2", NPM_CI);
    new ParserInstall(temp.resolve("cache")).ensure(runtime, true, line -> {});
    assertTrue(Files.readString(temp.resolve("cache/npm-runs")).contains("--offline"));
  }

  @Test
  void aFailedNpmCiLeavesNoFolderAndSaysWhy() throws Exception {
    NodeRuntime runtime =
        FakeNode.runtime(
            temp.resolve("bin"),
            "v20.20.2",
            "echo 'npm error code E404'; echo 'npm error 404 Not Found'; exit 1");
    Path cache = temp.resolve("cache");
    ParserUnavailableException e =
        assertThrows(
            ParserUnavailableException.class,
            () -> new ParserInstall(cache).ensure(runtime, false, line -> {}));
    assertTrue(
        e.getMessage().startsWith("npm ci of HubSpot's project parser 0.23.0 failed (exit 1):"),
        e.getMessage());
    assertTrue(e.getMessage().contains("npm error 404 Not Found"), e.getMessage());
    try (var leftovers = Files.list(cache)) {
      assertEquals(0, leftovers.count());
    }
  }

  @Test
  void anIncompleteFolderIsInstalledAgain() throws Exception {
    NodeRuntime runtime = FakeNode.runtime(temp.resolve("bin"), "v20.20.2", NPM_CI);
    ParserInstall install = new ParserInstall(temp.resolve("cache"));
    Files.createDirectories(install.folder().resolve("node_modules"));

    Path folder = install.ensure(runtime, false, line -> {});

    assertTrue(Files.isRegularFile(folder.resolve("run.mjs")));
  }
}
