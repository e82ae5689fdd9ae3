package io.github.hubspotapt.maven.frontend;

import io.github.hubspotapt.processor.layout.AtomicFile;
import io.github.hubspotapt.processor.layout.ProjectLayout;
import io.github.hubspotapt.processor.layout.ProjectManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Brings the front-end folder's files into the project folder on every build, as the processor does
 * when javac runs: {@code <frontendDir>/app/cards/Card.tsx} becomes {@code
 * <projectDir>/<srcDir>/app/cards/Card.tsx}. Needed because Maven skips javac, and so the
 * processor, when only a .tsx changed ("Nothing to compile").
 *
 * <p>Same rules as the processor's writer, and the same manifest: a changed file is replaced
 * atomically, an unchanged one left alone, a new one added to the manifest, a deleted one that the
 * manifest lists removed. A file the manifest does not list is never touched, and the processor's
 * own files ({@code hsproject.json}, {@code *-hsmeta.json}, {@code hsprofile.<name>.json}) are left
 * to the processor.
 */
public final class FrontendSync {

  private final Path frontendDir;
  private final Path projectDir;

  /**
   * @param frontendDir the front-end folder, as {@code -Ahubspot.frontendDir}
   * @param projectDir the project folder, as {@code -Ahubspot.projectDir}
   */
  public FrontendSync(Path frontendDir, Path projectDir) {
    this.frontendDir = frontendDir;
    this.projectDir = projectDir;
  }

  /**
   * What one sync did; paths are relative to the project folder. {@code notOwned}: front-end files
   * not copied because a file the processor did not write is in the way; {@code refused}: front-end
   * files whose names the processor would refuse to write.
   *
   * @param written files copied because they were new or changed
   * @param unchanged files whose copy was already the same
   * @param removed copies deleted because their front-end file is gone
   * @param notOwned front-end files not copied: a file the processor did not write is in the way
   * @param refused front-end files not copied: names the processor would refuse to write
   */
  public record Result(
      List<String> written,
      List<String> unchanged,
      List<String> removed,
      List<String> notOwned,
      List<String> refused) {}

  /**
   * Copies, removes and records what changed since the last build.
   *
   * @return what was done; empty when there is nothing to sync into: no front-end folder, or no
   *     project the processor wrote yet (its first run copies every front-end file itself)
   * @throws IOException when a file cannot be read or written
   */
  public Optional<Result> sync() throws IOException {
    Path hsproject = projectDir.resolve(ProjectLayout.PROJECT_FILE);
    if (!Files.isDirectory(frontendDir) || !Files.isRegularFile(hsproject)) {
      return Optional.empty();
    }
    Optional<String> srcDir = ProjectConfig.srcDir(hsproject).filter(ProjectLayout::isSafe);
    if (srcDir.isEmpty()) {
      return Optional.empty(); // not a project the processor wrote; nothing here is ours to change
    }
    String prefix = srcDir.get() + "/";
    Manifest manifest = Manifest.read(projectDir);
    Result result =
        new Result(
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>());
    SortedMap<String, Path> sources = frontendFiles();
    for (var source : sources.entrySet()) {
      copy(prefix + source.getKey(), source.getValue(), manifest, result);
    }
    for (String listed : manifest.paths()) {
      if (listed.startsWith(prefix)
          && !ProjectPaths.isGenerated(listed)
          && !sources.containsKey(listed.substring(prefix.length()))) {
        remove(listed, manifest, result);
      }
    }
    manifest.save();
    return Optional.of(result);
  }

  private void copy(String path, Path source, Manifest manifest, Result result) throws IOException {
    if (ProjectPaths.isGenerated(path)) {
      return;
    }
    if (!ProjectLayout.isSafe(path)) {
      result.refused().add(path);
      return;
    }
    Path target = projectDir.resolve(path);
    byte[] content = Files.readAllBytes(source);
    boolean exists = Files.isRegularFile(target);
    if (exists && !manifest.lists(path)) {
      result.notOwned().add(path);
    } else if (exists && Arrays.equals(Files.readAllBytes(target), content)) {
      result.unchanged().add(path);
    } else {
      Files.createDirectories(target.getParent());
      AtomicFile.write(target, content);
      manifest.add(path);
      result.written().add(path);
    }
  }

  private void remove(String path, Manifest manifest, Result result) throws IOException {
    if (ProjectManifest.delete(projectDir, path)) {
      result.removed().add(path);
    }
    manifest.remove(path);
  }

  /**
   * The front-end files by path relative to the front-end folder ({@code /}-separated), as the
   * processor reads them.
   */
  private SortedMap<String, Path> frontendFiles() throws IOException {
    SortedMap<String, Path> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(frontendDir)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        Path relative = frontendDir.relativize(path);
        if (!isUnderNodeModules(relative)) {
          files.put(relative.toString().replace('\\', '/'), path);
        }
      }
    }
    return files;
  }

  private static boolean isUnderNodeModules(Path relative) {
    for (Path part : relative) {
      if (part.toString().equals(ProjectLayout.NODE_MODULES)) {
        return true;
      }
    }
    return false;
  }
}
