package io.github.hubspotapt.processor.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code <folder>/.hubspot-apt-manifest}: the paths hubspot-apt wrote into a project folder,
 * relative to it, sorted, one per line, each ending in {@code \n}, UTF-8. A path listed there may
 * be replaced or deleted; any other file of the folder is the user's.
 */
public final class ProjectManifest {

  public static final String FILE_NAME = ".hubspot-apt-manifest";

  private ProjectManifest() {}

  /**
   * The paths the manifest of {@code folder} lists; empty when there is none. A line is only
   * trusted if it is a path hubspot-apt could have written ({@link ProjectLayout#isSafe}).
   */
  public static SortedSet<String> read(Path folder) throws IOException {
    Path file = folder.resolve(FILE_NAME);
    SortedSet<String> paths = new TreeSet<>();
    if (Files.isRegularFile(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (ProjectLayout.isSafe(line)) {
          paths.add(line);
        }
      }
    }
    return paths;
  }

  /**
   * Deletes {@code listed}, a path the manifest of {@code folder} lists, and the folders that
   * leaves empty, up to {@code folder}.
   *
   * @return whether there was such a file
   */
  public static boolean delete(Path folder, String listed) throws IOException {
    Path file = folder.resolve(listed);
    if (!Files.isRegularFile(file)) {
      return false;
    }
    Files.delete(file);
    for (Path dir = file.getParent();
        dir != null && dir.startsWith(folder) && !dir.equals(folder);
        dir = dir.getParent()) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          break;
        }
      }
      Files.delete(dir);
    }
    return true;
  }

  /** Writes the manifest of {@code folder}, which exists, atomically. */
  public static void write(Path folder, Collection<String> paths) throws IOException {
    StringBuilder text = new StringBuilder();
    new TreeSet<>(paths).forEach(path -> text.append(path).append('\n'));
    AtomicFile.write(folder.resolve(FILE_NAME), text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
