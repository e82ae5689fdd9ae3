package io.github.hubspotapt.processor.write;

import io.github.hubspotapt.processor.layout.AtomicFile;
import io.github.hubspotapt.processor.layout.ProjectLayout;
import io.github.hubspotapt.processor.layout.ProjectManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Writes the project into a folder the user chose ({@code -Ahubspot.projectDir}), where {@code hs
 * project upload} runs. The folder may hold the user's own files, so: each file is replaced
 * atomically, unchanged files are left alone (no churn for file watchers such as {@code hs project
 * watch}), and a manifest records what this processor wrote, so that files it no longer generates
 * are removed and files it never wrote are never touched. A large project's generated-sources
 * folder is written the same way, but in place ({@link #generatedSources}).
 */
public final class ProjectDirectoryWriter {

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
   * Writes every file, but one whose content is null, which is there as the previous compilation
   * wrote it ({@link FilerWriter#write}); then removes the stale ones, then writes the manifest.
   * Per file it asks the file system as little as it can (one stat, one write, one rename, each
   * folder created once): the benchmark writes thousands of files this way, and NIO's existence
   * checks and {@code createDirectories} on an existing folder each throw an exception.
   */
  public Result write(SortedMap<String, byte[]> files) throws IOException {
    for (String path : files.keySet()) {
      if (!ProjectLayout.isSafe(path)) {
        throw new IOException("refusing to write \"" + path + "\": not a plain relative path");
      }
    }
    Set<Path> folders = new HashSet<>();
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = root.resolve(file.getKey());
      byte[] content = file.getValue();
      if (content == null || sameContent(target, content)) {
        unchanged.add(file.getKey());
      } else {
        if (folders.add(target.getParent())) {
          Files.createDirectories(target.getParent());
        }
        if (atomic) {
          AtomicFile.write(target, content);
        } else {
          Files.write(target, content);
        }
        written.add(file.getKey());
      }
    }
    List<String> removed = removeStale(files.keySet());
    Files.createDirectories(root);
    ProjectManifest.write(root, files.keySet());
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
    List<String> removed = new ArrayList<>();
    for (String listed : ProjectManifest.read(root)) {
      if (!current.contains(listed) && ProjectManifest.delete(root, listed)) {
        removed.add(listed);
      }
    }
    return removed;
  }
}
