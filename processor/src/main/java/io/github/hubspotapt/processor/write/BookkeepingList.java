package io.github.hubspotapt.processor.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * A sorted list of names the processor keeps from one compilation to the next (the index of
 * annotated types, the list of generated files), in the generated-sources folder ({@code -s}): it
 * survives partial compilations, the Filer can read it back, and unlike the class output it is not
 * packaged into the user's jar. Without {@code -s} javac has only the class output, and the list
 * lands there.
 */
public final class BookkeepingList {

  private final Filer filer;
  private final String path;

  /** What {@link #read} found, sorted; null when it found nothing it could read. */
  private List<String> previous;

  public BookkeepingList(Filer filer, String path) {
    this.filer = filer;
    this.path = path;
  }

  /**
   * The lines the previous compilation kept; empty when there is none or the location cannot be
   * read.
   */
  public List<String> read() {
    List<String> lines = new ArrayList<>();
    try {
      FileObject list = filer.getResource(StandardLocation.SOURCE_OUTPUT, "", path);
      byte[] bytes;
      try (InputStream in = list.openInputStream()) {
        bytes = in.readAllBytes();
      }
      // Decoded whole and split at each line's end by String.indexOf: a reader, or a loop over the
      // bytes, scans character by character in code of this processor's, which runs interpreted in
      // a build tool's new class loader, where the JDK's own is compiled already.
      String text = new String(bytes, StandardCharsets.UTF_8);
      for (int start = 0; start < text.length(); ) {
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        String line = text.substring(start, end).strip();
        if (!line.isEmpty()) {
          lines.add(line);
        }
        start = end + 1;
      }
      previous = sorted(lines);
    } catch (IOException | RuntimeException e) {
      // No earlier list (a clean build), or a Filer that cannot read its output location (Eclipse,
      // in-memory
      // compilers): the compilation then behaves as a full build.
    }
    return lines;
  }

  /**
   * Writes the list; not when it is the one {@link #read} found, so that an unchanged build writes
   * nothing.
   */
  public void write(Collection<String> lines, Element... originatingElements) throws IOException {
    List<String> sorted = sorted(lines);
    if (sorted.equals(previous)) {
      return;
    }
    FileObject list =
        filer.createResource(StandardLocation.SOURCE_OUTPUT, "", path, originatingElements);
    // UTF-8 whatever javac's -encoding: the list is read back as such.
    try (Writer out = new OutputStreamWriter(list.openOutputStream(), StandardCharsets.UTF_8)) {
      for (String line : sorted) {
        out.write(line);
        out.write('\n');
      }
    }
  }

  /**
   * {@code lines} sorted, each once. A list as this class writes it, or built from sorted names, is
   * so already: one pass tells, where sorting into a tree compares each name many times over,
   * interpreted in a build tool's new class loader.
   */
  private static List<String> sorted(Collection<String> lines) {
    String before = null;
    for (String line : lines) {
      if (before != null && before.compareTo(line) >= 0) {
        return List.copyOf(new TreeSet<>(lines));
      }
      before = line;
    }
    return List.copyOf(lines);
  }
}
