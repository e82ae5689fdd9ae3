package com.acme.invoicesync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The projects javac wrote for the example's two apps (into {@code -Ahubspot.projectDir}) are
 * exactly: the reviewed golden files in {@code src/test/resources/golden} (every generated JSON
 * file, byte for byte), plus the app's front-end files copied unchanged, plus the processor's
 * manifest listing all of them. A change to the processor's output shows up here as a diff.
 */
class GeneratedProjectTest {

  @ParameterizedTest
  @CsvSource({
    "hubspot.projectDir, hubspot-project, src/main/hubspot",
    "hubspot.internal.projectDir, hubspot-project-internal, src/internal/hubspot"
  })
  void theGeneratedProjectIsTheGoldenFilesPlusTheFrontEndFiles(
      String property, String golden, String frontend) throws IOException, URISyntaxException {
    Path project = Path.of(System.getProperty(property, "target/" + golden));
    Path goldenDir = Path.of(GeneratedProjectTest.class.getResource("/golden/" + golden).toURI());
    Path frontendDir = Path.of(frontend);

    List<String> expected = new ArrayList<>(files(goldenDir));
    files(frontendDir).forEach(file -> expected.add("src/" + file));
    expected.add(".hubspot-apt-manifest");
    assertEquals(expected.stream().sorted().toList(), files(project));

    for (String file : files(goldenDir)) {
      assertArrayEquals(
          Files.readAllBytes(goldenDir.resolve(file)),
          Files.readAllBytes(project.resolve(file)),
          file);
    }
    for (String file : files(frontendDir)) {
      assertArrayEquals(
          Files.readAllBytes(frontendDir.resolve(file)),
          Files.readAllBytes(project.resolve("src/" + file)),
          file);
    }
    assertEquals(
        expected.stream().filter(f -> !f.equals(".hubspot-apt-manifest")).sorted().toList(),
        Files.readAllLines(project.resolve(".hubspot-apt-manifest")));
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
