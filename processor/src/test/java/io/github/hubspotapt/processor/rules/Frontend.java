package io.github.hubspotapt.processor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A front-end folder in HubSpot's src layout ({@code app/cards/Card.tsx}, {@code
 * app/functions/package.json}, ...), under a test's temporary directory, for {@code
 * -Ahubspot.frontendDir}.
 */
public final class Frontend {

  private final Path root;

  public Frontend(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** Writes {@code root/<path>} as UTF-8 text. */
  public Frontend file(String path, String content) {
    return file(path, content.getBytes(StandardCharsets.UTF_8));
  }

  public Frontend file(String path, byte[] content) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The option that points the processor at this folder. */
  public String option() {
    return "-Ahubspot.frontendDir=" + root.toAbsolutePath();
  }
}
