package io.github.hubspotapt.processor.write;

import io.github.hubspotapt.processor.layout.ProjectLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * What the processor wrote into the generated-sources project last time, kept beside it. The Filer
 * never deletes, and IDEs and Gradle do not clean generated sources on a partial compilation, so
 * without this list the file of a deleted card would stay in the project and be uploaded again.
 */
public final class GeneratedFiles {

  public static final String PATH = "META-INF/hubspot-apt/generated-files";

  private final Filer filer;
  private final BookkeepingList list;

  public GeneratedFiles(Filer filer) {
    this.filer = filer;
    this.list = new BookkeepingList(filer, PATH);
  }

  /** The project-relative paths written by the previous compilation; empty when unknown. */
  public List<String> previous() {
    return list.read();
  }

  /**
   * The files of {@code previous} that are not in {@code current}, in the generated-sources project
   * only. They are located now, while the Filer answers; deleting them can wait until the
   * compilation has succeeded.
   */
  public StaleFiles stale(Collection<String> previous, Set<String> current) {
    Map<String, FileObject> stale = new TreeMap<>();
    for (String path : previous) {
      if (current.contains(path) || !ProjectLayout.isSafe(path)) {
        continue;
      }
      try {
        stale.put(
            path,
            filer.getResource(StandardLocation.SOURCE_OUTPUT, "", FilerWriter.ROOT + "/" + path));
      } catch (IOException | RuntimeException e) {
        // Nothing there, or a Filer that cannot say: the file simply stays, as before this
        // processor existed.
      }
    }
    return new StaleFiles(stale);
  }

  /** Files the processor wrote in an earlier compilation and no longer generates. */
  public static final class StaleFiles {

    private final Map<String, FileObject> files;

    private StaleFiles(Map<String, FileObject> files) {
      this.files = files;
    }

    /**
     * Deletes them; best effort: where that is not possible a file stays, until the build tool's
     * clean removes it.
     */
    public void delete() {
      for (FileObject stale : files.values()) {
        try {
          // javac's Filer hands out read-only file objects whose delete() does nothing; on a real
          // folder the file is
          // deleted directly. Other schemes (in-memory compilers) have nothing left over to delete.
          if (!stale.delete() && "file".equals(stale.toUri().getScheme())) {
            Files.deleteIfExists(Path.of(stale.toUri()));
          }
        } catch (IOException | RuntimeException e) {
          // The file stays.
        }
      }
    }

    /**
     * The paths whose files are still on disk: listed again with the current files, so that a
     * compilation that fails before they are deleted does not forget them.
     */
    public List<String> remaining() {
      List<String> remaining = new ArrayList<>();
      for (Map.Entry<String, FileObject> stale : files.entrySet()) {
        FileObject file = stale.getValue();
        try {
          if ("file".equals(file.toUri().getScheme()) && Files.exists(Path.of(file.toUri()))) {
            remaining.add(stale.getKey());
          }
        } catch (RuntimeException e) {
          // Not a path on this file system: nothing left over.
        }
      }
      return remaining;
    }
  }

  /** Lists {@code current}, and the stale files not yet deleted, for the next compilation. */
  public void write(Set<String> current, StaleFiles stale, Element... originatingElements)
      throws IOException {
    Set<String> listed = new TreeSet<>(current);
    listed.addAll(stale.remaining());
    list.write(listed, originatingElements);
  }
}
