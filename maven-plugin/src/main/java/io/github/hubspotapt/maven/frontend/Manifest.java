package io.github.hubspotapt.maven.frontend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * {@code <projectDir>/.hubspot-apt-manifest}, in the processor's format (see its {@code
 * ProjectDirectoryWriter}): the paths it wrote, relative to the project folder, sorted, one per
 * line, each ending in {@code \n}, UTF-8. A path listed there may be replaced or deleted; any other
 * file of the folder is the user's.
 */
final class Manifest {

  static final String FILE_NAME = ".hubspot-apt-manifest";

  private final Path file;
  private final SortedSet<String> paths;
  private final Set<String> original;

  private Manifest(Path file, SortedSet<String> paths) {
    this.file = file;
    this.paths = paths;
    this.original = Set.copyOf(paths);
  }

  /**
   * The manifest of {@code projectDir}; empty when there is none. Lines that are not safe paths are
   * dropped.
   */
  static Manifest read(Path projectDir) throws IOException {
    Path file = projectDir.resolve(FILE_NAME);
    SortedSet<String> paths = new TreeSet<>();
    if (Files.isRegularFile(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (ProjectPaths.isSafe(line)) {
          paths.add(line);
        }
      }
    }
    return new Manifest(file, paths);
  }

  boolean lists(String path) {
    return paths.contains(path);
  }

  /** A snapshot, for iterating while adding and removing. */
  SortedSet<String> paths() {
    return new TreeSet<>(paths);
  }

  void add(String path) {
    paths.add(path);
  }

  void remove(String path) {
    paths.remove(path);
  }

  /** Writes the manifest back, atomically, if anything was added or removed. */
  void save() throws IOException {
    if (paths.equals(original)) {
      return;
    }
    StringBuilder text = new StringBuilder();
    paths.forEach(path -> text.append(path).append('\n'));
    AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
