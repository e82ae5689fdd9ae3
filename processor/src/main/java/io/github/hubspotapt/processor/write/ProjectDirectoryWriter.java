package io.github.hubspotapt.processor.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Writes the project into a folder the user chose ({@code -Ahubspot.projectDir}), where {@code hs
 * project upload} runs. The folder may hold the user's own files, so: each file is replaced
 * atomically, unchanged files are left alone (no churn for file watchers such as {@code hs project
 * watch}), and a manifest records what this processor wrote, so that files it no longer generates
 * are removed and files it never wrote are never touched. A large project's generated-sources
 * folder is written the same way, but in place ({@link #generatedSources}).
 */
public final class ProjectDirectoryWriter {

  /** Lists, one per line, the files the processor wrote into the folder. */
  public static final String MANIFEST = ".hubspot-apt-manifest";

  /** Ends the name of the file a write goes to before it is renamed over its target. */
  static final String TEMPORARY_SUFFIX = ".hubspot-apt.tmp";

  private final Path root;
  private final boolean atomic;

  private ProjectDirectoryWriter(Path root, boolean atomic) {
    this.root = root;
    this.atomic = atomic;
  }

  /**
   * For the folder the user uploads from: each file is replaced atomically, as file watchers need.
   */
  public static ProjectDirectoryWriter projectFolder(Path root) {
    return new ProjectDirectoryWriter(root, true);
  }

  /**
   * For the generated-sources folder of a large project: files are written in place, as the Filer
   * writes them, since a rename per file costs this much again on a slow disk and nothing watches
   * that folder.
   */
  public static ProjectDirectoryWriter generatedSources(Path root) {
    return new ProjectDirectoryWriter(root, false);
  }

  /** What a write did, for the verbose note and for tests. */
  public record Result(List<String> written, List<String> unchanged, List<String> removed) {}

  /**
   * Writes every file, removes the stale ones, then the manifest. Per file it asks the file system
   * as little as it can (one stat, one write, one rename, each folder created once): the benchmark
   * writes thousands of files this way, and NIO's existence checks and {@code createDirectories} on
   * an existing folder each throw an exception.
   */
  public Result write(SortedMap<String, byte[]> files) throws IOException {
    for (String path : files.keySet()) {
      if (!RelativePath.isSafe(path)) {
        throw new IOException("refusing to write \"" + path + "\": not a plain relative path");
      }
    }
    Set<Path> folders = new HashSet<>();
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = root.resolve(file.getKey());
      byte[] content = file.getValue();
      if (sameContent(target, content)) {
        unchanged.add(file.getKey());
      } else {
        if (folders.add(target.getParent())) {
          Files.createDirectories(target.getParent());
        }
        if (atomic) {
          writeAtomically(target, content);
        } else {
          Files.write(target, content);
        }
        written.add(file.getKey());
      }
    }
    List<String> removed = removeStale(files.keySet());
    Files.createDirectories(root);
    writeAtomically(root.resolve(MANIFEST), manifest(files.keySet()));
    return new Result(written, unchanged, removed);
  }

  /** Whether {@code target} is a file that holds exactly {@code content}. */
  static boolean sameContent(Path target, byte[] content) {
    // java.io.File answers "is there a file" with a plain stat; Files.isRegularFile throws inside
    // when there is not.
    java.io.File file = target.toFile();
    try {
      return file.isFile()
          && file.length() == content.length
          && Arrays.equals(Files.readAllBytes(target), content);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private List<String> removeStale(Set<String> current) throws IOException {
    Path manifest = root.resolve(MANIFEST);
    List<String> removed = new ArrayList<>();
    if (!Files.isRegularFile(manifest)) {
      return removed;
    }
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      // A manifest line is only trusted if it is a path this writer could have written.
      if (line.isEmpty() || current.contains(line) || !RelativePath.isSafe(line)) {
        continue;
      }
      Path stale = root.resolve(line);
      if (Files.isRegularFile(stale)) {
        Files.delete(stale);
        removed.add(line);
        removeEmptyParents(stale.getParent());
      }
    }
    return removed;
  }

  private void removeEmptyParents(Path dir) throws IOException {
    for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
      try (var entries = Files.list(d)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(d);
    }
  }

  private static byte[] manifest(Set<String> paths) {
    StringBuilder text = new StringBuilder();
    new TreeSet<>(paths).forEach(path -> text.append(path).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes beside the target, then renames over it, so a reader never sees half a file. The
   * temporary name is fixed (one writer per folder at a time) rather than random: a random one
   * costs a secure-random draw per file.
   */
  private static void writeAtomically(Path target, byte[] content) throws IOException {
    Path temp = target.resolveSibling("." + target.getFileName() + TEMPORARY_SUFFIX);
    boolean moved = false;
    try {
      Files.write(temp, content);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
