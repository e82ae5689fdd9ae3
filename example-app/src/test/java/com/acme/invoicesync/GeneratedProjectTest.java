package com.acme.invoicesync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project javac wrote for this app (into {@code -Ahubspot.projectDir}) equals the reviewed golden copy in
 * {@code src/test/resources/golden}, byte for byte. A change to the processor's output shows up here as a diff.
 */
class GeneratedProjectTest {

  private static final Path PROJECT = Path.of(System.getProperty("hubspot.projectDir", "target/hubspot-project"));

  @Test
  void theGeneratedProjectEqualsTheGoldenFilesByteForByte() throws IOException, URISyntaxException {
    Path golden = Path.of(GeneratedProjectTest.class.getResource("/golden").toURI());

    List<String> expected = files(golden);
    assertEquals(expected, files(PROJECT).stream().filter(path -> !path.equals(".hubspot-apt-manifest")).toList());
    for (String file : expected) {
      assertArrayEquals(Files.readAllBytes(golden.resolve(file)), Files.readAllBytes(PROJECT.resolve(file)), file);
    }
  }

  @Test
  void theManifestListsExactlyTheGeneratedFiles() throws IOException {
    assertEquals(List.of("hsproject.json", "src/app/app-hsmeta.json"),
        Files.readAllLines(PROJECT.resolve(".hubspot-apt-manifest")));
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }
}
