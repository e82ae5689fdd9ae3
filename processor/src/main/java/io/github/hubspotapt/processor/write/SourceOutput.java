package io.github.hubspotapt.processor.write;

import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * Whether javac has a folder for generated sources ({@code -s}) apart from the class output. Maven,
 * Gradle and the IDEs always pass one; a plain {@code javac -d classes} does not, and then
 * everything written to the source output lands among the classes and is packaged into the
 * application jar.
 */
public final class SourceOutput {

  private SourceOutput() {}

  /**
   * True when both locations are the same folder; false when they differ or the compiler cannot
   * tell.
   */
  public static boolean isClassOutput(Filer filer) {
    try {
      // Asking for a file object opens nothing: it only resolves where the file would be.
      String probe = GeneratedFiles.PATH;
      return filer
          .getResource(StandardLocation.SOURCE_OUTPUT, "", probe)
          .toUri()
          .equals(filer.getResource(StandardLocation.CLASS_OUTPUT, "", probe).toUri());
    } catch (IOException | RuntimeException e) {
      return false; // a compiler that cannot resolve output locations keeps the usual behaviour
    }
  }
}
