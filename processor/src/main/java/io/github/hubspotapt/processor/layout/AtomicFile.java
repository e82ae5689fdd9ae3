package io.github.hubspotapt.processor.layout;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file of a project folder so that a reader ({@code hs project watch}, an IDE) never
 * sees half of it: the content goes to a file beside it, which is then renamed over it.
 */
public final class AtomicFile {

  /** Ends the name of the file a write goes to before it is renamed over its target. */
  public static final String TEMPORARY_SUFFIX = ".hubspot-apt.tmp";

  private AtomicFile() {}

  /**
   * Writes {@code content} to {@code target}, whose folder exists. The temporary name is fixed (one
   * writer per folder at a time) rather than random: a random one costs a secure-random draw per
   * file.
   */
  public static void write(Path target, byte[] content) throws IOException {
    Path temp = target.resolveSibling("." + target.getFileName() + TEMPORARY_SUFFIX);
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
