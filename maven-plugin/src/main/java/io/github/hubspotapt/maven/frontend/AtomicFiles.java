package io.github.hubspotapt.maven.frontend;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file by writing beside it and renaming over it, so that a reader (hs project watch)
 * never sees half: the processor's {@code ProjectDirectoryWriter} does the same for the same
 * folder. Not shared with it, since that would put the annotation processor's jar on the plugin's
 * class path for a dozen lines.
 */
final class AtomicFiles {

  /**
   * Ends the name a write goes to before it is renamed over its target, as the processor's writer
   * names it.
   */
  static final String TEMPORARY_SUFFIX = ".hubspot-apt.tmp";

  private AtomicFiles() {}

  static void write(Path target, byte[] content) throws IOException {
    Files.createDirectories(target.getParent());
    Path temp =
        Files.createTempFile(target.getParent(), "." + target.getFileName(), TEMPORARY_SUFFIX);
    boolean moved = false;
    try {
      Files.write(temp, content);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
