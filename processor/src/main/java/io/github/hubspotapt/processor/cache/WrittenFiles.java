package io.github.hubspotapt.processor.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Collection;
import java.util.TreeSet;

/**
 * The files a compilation wrote, by absolute path, each with its stamp ({@link
 * ModelCache#stampOrAbsent(String)}), in the order of their paths. Kept as the bytes the cache
 * holds and checked in one pass over them: a compilation that reports the previous result again (an
 * edited method body) only asks whether every file is still as written, and builds no map of ~200
 * long paths for that, which in a fresh compiler runs interpreted.
 */
final class WrittenFiles {

  private final int count;

  /** The paths and stamps, encoded as in the cache. */
  private final byte[] encoded;

  private WrittenFiles(int count, byte[] encoded) {
    this.count = count;
    this.encoded = encoded;
  }

  /** The files {@code written} (absolute paths, as they are now on disk), stamped now. */
  static WrittenFiles of(Collection<Path> written) {
    TreeSet<String> paths = new TreeSet<>();
    for (Path file : written) {
      paths.add(file.toString());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    try {
      for (String path : paths) {
        ModelCache.string(out, path);
        out.writeLong(ModelCache.stampOrAbsent(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return new WrittenFiles(paths.size(), bytes.toByteArray());
  }

  int size() {
    return count;
  }

  /**
   * Whether every file is as it was written (and one that was not there is still not there); false
   * for damaged bytes, whose files are then written again.
   */
  boolean unchanged() {
    ByteBuffer in = ByteBuffer.wrap(encoded);
    try {
      for (int i = 0; i < count; i++) {
        String path = ModelCache.string(in);
        if (ModelCache.stampOrAbsent(path) != in.getLong()) {
          return false;
        }
      }
    } catch (RuntimeException e) {
      return false;
    }
    return !in.hasRemaining();
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(count);
    ModelCache.bytes(out, encoded);
  }

  /**
   * The files at {@code in}'s position, not yet decoded; throws IllegalArgumentException (or
   * another runtime exception) where they do not fit.
   */
  static WrittenFiles read(ByteBuffer in) {
    int count = in.getInt();
    if (count < 0) {
      throw new IllegalArgumentException("files: " + count);
    }
    return new WrittenFiles(count, ModelCache.bytes(in));
  }
}
