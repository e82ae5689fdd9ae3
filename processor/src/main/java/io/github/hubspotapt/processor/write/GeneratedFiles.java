package io.github.hubspotapt.processor.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * What the processor wrote into the generated-sources project last time, kept beside it. The Filer never
 * deletes, and IDEs and Gradle do not clean generated sources on a partial compilation, so without this list the file
 * of a deleted card would stay in the project and be uploaded again.
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
   * Deletes the files of {@code previous} that are not in {@code current}, from the generated-sources project only.
   * Best effort: where that is not possible the file stays, until the build tool's clean removes it.
   */
  public void removeStale(Collection<String> previous, Set<String> current) {
    for (String path : previous) {
      if (current.contains(path) || !RelativePath.isSafe(path)) {
        continue;
      }
      try {
        FileObject stale = filer.getResource(StandardLocation.SOURCE_OUTPUT, "", FilerWriter.ROOT + "/" + path);
        // javac's Filer hands out read-only file objects whose delete() does nothing; on a real folder the file is
        // deleted directly. Other schemes (in-memory compilers) have nothing left over to delete.
        if (!stale.delete() && "file".equals(stale.toUri().getScheme())) {
          Files.deleteIfExists(Path.of(stale.toUri()));
        }
      } catch (IOException | RuntimeException e) {
        // Nothing to delete, or a Filer that cannot: the file simply stays, as before this processor existed.
      }
    }
  }

  public void write(Set<String> current, Element... originatingElements) throws IOException {
    list.write(current, originatingElements);
  }
}
