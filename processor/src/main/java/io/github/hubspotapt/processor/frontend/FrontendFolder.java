package io.github.hubspotapt.processor.frontend;

import io.github.hubspotapt.processor.layout.ProjectLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The user's hand-written front-end files (React cards, pages, settings, bulk actions; JavaScript
 * functions with their package.json), kept in the Java project in HubSpot's own layout below {@code
 * -Ahubspot.frontendDir}: {@code app/cards/MyCard.tsx}, {@code app/functions/package.json}, ...
 * Entrypoints are checked against it, and its files are copied beside the generated {@code
 * *-hsmeta.json} files, so the written project is complete.
 */
public final class FrontendFolder {

  private final Path root;

  /**
   * Read once per compilation: the rules read the metadata files, the writer copies all of them.
   */
  private SortedMap<String, byte[]> files;

  public FrontendFolder(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /**
   * {@code path} is relative to the source folder, e.g. {@code app/cards/Card.tsx}; only plain
   * relative paths.
   */
  public boolean isFile(String path) {
    return Files.isRegularFile(root.resolve(path));
  }

  /** The size in bytes, or -1 when the file is not there. */
  public long size(String path) {
    try {
      Path file = root.resolve(path);
      return Files.isRegularFile(file) ? Files.size(file) : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * The names of the files directly in {@code folder} (relative to the root), for "did you mean".
   */
  public List<String> fileNames(String folder) {
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * Every file to copy into the project, by path relative to the source folder ({@code
   * /}-separated), sorted.
   */
  public SortedMap<String, byte[]> files() {
    if (files == null) {
      files = Collections.unmodifiableSortedMap(read());
    }
    return files;
  }

  /** The hand-written {@code *-hsmeta.json} files among {@link #files()}. */
  public SortedMap<String, byte[]> metaFiles() {
    SortedMap<String, byte[]> metaFiles = new TreeMap<>();
    files()
        .forEach(
            (path, content) -> {
              if (path.endsWith(ProjectLayout.METAFILE_SUFFIX)) {
                metaFiles.put(path, content);
              }
            });
    return metaFiles;
  }

  /**
   * Where each file of {@link #files()} is, by the same relative path, without reading it (what a
   * later compilation compares to tell whether the folder changed).
   */
  public SortedMap<String, Path> paths() {
    SortedMap<String, Path> paths = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        Path relative = root.relativize(path);
        if (!isUnder(relative, ProjectLayout.NODE_MODULES)) {
          paths.put(relative.toString().replace('\\', '/'), path);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the front-end folder " + root, e);
    }
    return paths;
  }

  private SortedMap<String, byte[]> read() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try {
      for (var file : paths().entrySet()) {
        files.put(file.getKey(), Files.readAllBytes(file.getValue()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the front-end folder " + root, e);
    }
    return files;
  }

  private static boolean isUnder(Path relative, String folder) {
    for (Path part : relative) {
      if (part.toString().equals(folder)) {
        return true;
      }
    }
    return false;
  }
}
