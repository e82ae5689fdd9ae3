package io.github.hubspotapt.processor.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.SortedMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the project through the compiler's Filer, into the generated-sources folder
 * ({@code target/generated-sources/annotations/hubspot-project/} with Maven,
 * {@code build/generated/sources/annotationProcessor/java/main/hubspot-project/} with Gradle). The build tool tracks
 * and cleans these files, and they stay out of the application jar.
 */
public final class FilerWriter {

  /** The folder under the generated-sources root that holds the project. */
  public static final String ROOT = "hubspot-project";

  private final Filer filer;

  public FilerWriter(Filer filer) {
    this.filer = filer;
  }

  /** Returns the paths it could not write, with the reason; empty on success. */
  public Map<String, String> write(SortedMap<String, byte[]> files, Element... originatingElements) {
    Map<String, String> failures = new java.util.TreeMap<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      if (!RelativePath.isSafe(file.getKey())) {
        failures.put(file.getKey(), "not a plain relative path");
        continue;
      }
      try {
        FileObject out = filer.createResource(StandardLocation.SOURCE_OUTPUT, "", ROOT + "/" + file.getKey(),
            originatingElements);
        try (OutputStream stream = out.openOutputStream()) {
          stream.write(file.getValue());
        }
      } catch (IOException | RuntimeException e) {
        // The Filer throws FilerException on a path written twice and IllegalArgumentException on names it rejects.
        failures.put(file.getKey(), e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    return failures;
  }
}
