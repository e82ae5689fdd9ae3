package io.github.hubspotapt.processor.write;

import io.github.hubspotapt.processor.layout.ProjectLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the project through the compiler's Filer, into the generated-sources folder ({@code
 * target/generated-sources/annotations/hubspot-project/} with Maven, {@code
 * build/generated/sources/annotationProcessor/java/main/hubspot-project/} with Gradle). The build
 * tool tracks and cleans these files, and they stay out of the application jar.
 *
 * <p>A project the Filer would cost too much for is written into the same folder directly, in place
 * ({@link #writesDirectly}), by {@link ProjectDirectoryWriter}: javac's Filer compares every file
 * it creates with every source file and every file created before, so its cost grows with the
 * square of the project's size and, past a few thousand components, outweighs everything else the
 * processor does. Build tools then do not see those files as generated; the folder's manifest
 * removes the files of deleted components instead.
 */
public final class FilerWriter {

  /** The folder under the generated-sources root that holds the project. */
  public static final String ROOT = "hubspot-project";

  /**
   * javac's Filer compares each file it creates with every source file and every file created
   * before: about {@code files * (sources + files / 2)} comparisons of ~50 ns. This many cost about
   * 100 ms; 153 files among 1,000 sources take ~165,000, 1,878 files among 2,500 sources ~6.5
   * million.
   */
  static final long MAX_FILER_COMPARISONS = 2_000_000;

  private final Filer filer;

  public FilerWriter(Filer filer) {
    this.filer = filer;
  }

  /**
   * Whether a project of {@code files} files, in a compilation of {@code sources} source files, is
   * written directly (see the class comment) rather than through the Filer: with a {@code
   * filerLimit} (0 or more), when there are more files than that; without one (negative), when the
   * Filer would compare more than {@link #MAX_FILER_COMPARISONS} pairs of files.
   */
  public static boolean writesDirectly(int filerLimit, int files, int sources) {
    return filerLimit >= 0
        ? files > filerLimit
        : (long) files * (sources + files / 2) > MAX_FILER_COMPARISONS;
  }

  /**
   * Writes every file through the Filer, but those already in {@code folder} (the {@link
   * #folderOnDisk}, asked before writing; null: none) with the same content (a partial compilation
   * mostly rewrites files that did not change, and the Filer's cost per file is high), and those
   * whose content is null: known to be there as the previous compilation wrote them (a partial
   * compilation that renders only the files its change reaches, {@code cache.ProjectDelta});
   * returns the paths it could not write, with the reason (empty on success).
   */
  public Map<String, String> write(
      Path folder, SortedMap<String, byte[]> files, Element... originatingElements) {
    Map<String, String> failures = new TreeMap<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      if (file.getValue() == null) {
        continue; // written before, under the same checks
      }
      if (!ProjectLayout.isSafe(file.getKey())) {
        failures.put(file.getKey(), "not a plain relative path");
        continue;
      }
      if (folder != null
          && ProjectDirectoryWriter.sameContent(folder.resolve(file.getKey()), file.getValue())) {
        continue;
      }
      try {
        FileObject out =
            filer.createResource(
                StandardLocation.SOURCE_OUTPUT,
                "",
                ROOT + "/" + file.getKey(),
                originatingElements);
        try (OutputStream stream = out.openOutputStream()) {
          stream.write(file.getValue());
        }
      } catch (IOException | RuntimeException e) {
        // The Filer throws FilerException on a path written twice and IllegalArgumentException on
        // names it rejects.
        failures.put(file.getKey(), e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    return failures;
  }

  /**
   * The project folder in the generated sources, when the Filer writes to a folder on disk; null
   * for compilers that keep their output elsewhere (in memory), which then get every file through
   * the Filer.
   */
  public Path folderOnDisk() {
    try {
      URI file =
          filer
              .getResource(
                  StandardLocation.SOURCE_OUTPUT, "", ROOT + "/" + ProjectLayout.PROJECT_FILE)
              .toUri();
      return "file".equals(file.getScheme()) ? Path.of(file).getParent() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
