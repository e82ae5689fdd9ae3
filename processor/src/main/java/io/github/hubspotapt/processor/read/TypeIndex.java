package io.github.hubspotapt.processor.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The list of HubSpot-annotated types, kept in the class output between compilations. IDEs and Gradle recompile only
 * changed files; without this index, the components declared in unchanged classes would vanish from the project, and
 * the next upload would delete them from HubSpot.
 */
public final class TypeIndex {

  public static final String PATH = "META-INF/hubspot-apt/annotated-types";

  private final Filer filer;

  public TypeIndex(Filer filer) {
    this.filer = filer;
  }

  /** The names the previous compilation indexed; empty when there is none or the location cannot be read. */
  public List<String> read() {
    List<String> names = new ArrayList<>();
    try {
      FileObject index = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      try (Reader in = index.openReader(true); BufferedReader lines = new BufferedReader(in)) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (!line.isBlank()) {
            names.add(line.strip());
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // No previous index (a clean build), or a Filer that cannot read its output location (Eclipse, in-memory
      // compilers): the compilation then sees only its own types, as a full build does.
    }
    return names;
  }

  public void write(Collection<String> names, Element... originatingElements) throws IOException {
    FileObject index = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH, originatingElements);
    try (Writer out = index.openWriter()) {
      for (String name : new TreeSet<>(names)) {
        out.write(name);
        out.write('\n');
      }
    }
  }
}
