package io.github.hubspotapt.processor.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The project's Markdown documents, read from the repository the tests run in. */
final class Documents {

  /** The repository's root, seen from the processor module the tests run in. */
  static final Path ROOT = Path.of("..");

  private Documents() {}

  /**
   * The Markdown files among {@code paths} (relative to the root): a file as it is, a folder with
   * every {@code .md} below it, in a stable order.
   */
  static List<Path> markdown(String... paths) {
    List<Path> documents = new ArrayList<>();
    for (String path : paths) {
      Path file = ROOT.resolve(path);
      if (Files.isDirectory(file)) {
        try (Stream<Path> files = Files.walk(file)) {
          files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(documents::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        documents.add(file);
      }
    }
    return documents;
  }

  /** The file's lines. */
  static List<String> lines(Path document) {
    try {
      return Files.readAllLines(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How a failure names the document: its path from the repository's root. */
  static String name(Path document) {
    return ROOT.relativize(document).toString().replace('\\', '/');
  }
}
