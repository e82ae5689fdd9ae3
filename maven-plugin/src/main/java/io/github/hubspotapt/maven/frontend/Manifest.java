package io.github.hubspotapt.maven.frontend;

import io.github.hubspotapt.processor.layout.ProjectManifest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The processor's manifest of a project folder ({@link ProjectManifest}), as the front-end sync
 * changes it: the paths hubspot-apt wrote there. A path listed there may be replaced or deleted;
 * any other file of the folder is the user's.
 */
final class Manifest {

  private final Path projectDir;
  private final SortedSet<String> paths;
  private final Set<String> original;

  private Manifest(Path projectDir, SortedSet<String> paths) {
    this.projectDir = projectDir;
    this.paths = paths;
    this.original = Set.copyOf(paths);
  }

  /**
   * The manifest of {@code projectDir}; empty when there is none. Lines that are not safe paths are
   * dropped.
   */
  static Manifest read(Path projectDir) throws IOException {
    return new Manifest(projectDir, ProjectManifest.read(projectDir));
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
    if (!paths.equals(original)) {
      ProjectManifest.write(projectDir, paths);
    }
  }
}
