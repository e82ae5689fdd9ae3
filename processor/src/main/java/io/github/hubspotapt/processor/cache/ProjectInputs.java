package io.github.hubspotapt.processor.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a compilation's project depends on besides the annotated types' models, as one text: the processor's options
 * and the front-end folder's files (paths, sizes and modification times; the rules look files up there, the profiles
 * and hand-written metadata files are read from there, and every file is copied into the project). Two compilations
 * with the same text and the same models produce the same project and findings.
 */
public final class ProjectInputs {

  private static final String OPTION_PREFIX = "hubspot.";
  private static final String NODE_MODULES = "node_modules";

  private ProjectInputs() {}

  /** {@code frontendDir} is null when no front-end folder is configured. */
  public static String describe(Map<String, String> options, Path frontendDir) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(options).forEach((key, value) -> {
      if (key.startsWith(OPTION_PREFIX)) {
        text.append(key).append('=').append(value).append('\n');
      }
    });
    if (frontendDir != null) {
      text.append("frontend ").append(frontendDir).append('\n');
      files(frontendDir, text);
    }
    return text.toString();
  }

  /**
   * Every file of the folder but installed dependencies, which the processor neither reads nor copies, sorted by path.
   * A folder that cannot be listed gives a text no compilation repeats, so its results are never reused.
   */
  private static void files(Path root, StringBuilder text) {
    Map<String, Long> stamps = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      paths.forEach(path -> {
        Path relative = root.relativize(path);
        if (!isInNodeModules(relative) && Files.isRegularFile(path)) {
          stamps.put(relative.toString().replace('\\', '/'), stamp(path));
        }
      });
    } catch (IOException | UncheckedIOException e) {
      text.append("unreadable ").append(System.nanoTime()).append('\n');
      return;
    }
    stamps.forEach((path, stamp) -> text.append(path).append(' ').append(stamp).append('\n'));
  }

  private static long stamp(Path file) {
    try {
      return ModelCache.stamp(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isInNodeModules(Path relative) {
    for (Path part : relative) {
      if (part.toString().equals(NODE_MODULES)) {
        return true;
      }
    }
    return false;
  }
}
