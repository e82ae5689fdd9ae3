package io.github.hubspotapt.processor.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Writes the project into a folder the user chose ({@code -Ahubspot.projectDir}), where {@code hs project upload}
 * runs. The folder may hold the user's own files, so: each file is replaced atomically, unchanged files are left
 * alone (no churn for file watchers such as {@code hs project watch}), and a manifest records what this processor
 * wrote, so that files it no longer generates are removed and files it never wrote are never touched.
 */
public final class ProjectDirectoryWriter {

  /** Lists, one per line, the files the processor wrote into the folder. */
  public static final String MANIFEST = ".hubspot-apt-manifest";

  private final Path root;

  public ProjectDirectoryWriter(Path root) {
    this.root = root;
  }

  /** What a write did, for the verbose note and for tests. */
  public record Result(List<String> written, List<String> unchanged, List<String> removed) {}

  public Result write(SortedMap<String, byte[]> files) throws IOException {
    for (String path : files.keySet()) {
      if (!RelativePath.isSafe(path)) {
        throw new IOException("refusing to write \"" + path + "\": not a plain relative path");
      }
    }
    Files.createDirectories(root);
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = root.resolve(file.getKey());
      byte[] content = file.getValue();
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
        unchanged.add(file.getKey());
      } else {
        writeAtomically(target, content);
        written.add(file.getKey());
      }
    }
    List<String> removed = removeStale(files.keySet());
    writeAtomically(root.resolve(MANIFEST), manifest(files.keySet()));
    return new Result(written, unchanged, removed);
  }

  private List<String> removeStale(java.util.Set<String> current) throws IOException {
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

  private static byte[] manifest(java.util.Set<String> paths) {
    StringBuilder text = new StringBuilder();
    new TreeSet<>(paths).forEach(path -> text.append(path).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void writeAtomically(Path target, byte[] content) throws IOException {
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.write(temp, content);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
