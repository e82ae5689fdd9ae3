package io.github.hubspotapt.processor.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a compilation that wrote the project put its files: every file's path in the project, and
 * the paths of each annotated type's features, in the order of its model's features. A file's name
 * depends on every feature of its folder (two cards of one name are named after their uids), so a
 * partial compilation that decodes only the models a change reaches ({@link ProjectDelta}) takes
 * the names from here, where the change leaves every name as it was.
 *
 * <p>Kept in the cache's header as bytes, decoded only when asked: a compilation that reports the
 * previous result again (an edited method body) never needs the paths, and writes them back as
 * read.
 */
public final class ProjectPaths {

  /** The paths encoded, as read or once encoded; null until then. */
  private byte[] encoded;

  private List<String> files;
  private SortedMap<String, List<String>> features;

  private ProjectPaths(
      byte[] encoded, List<String> files, SortedMap<String, List<String>> features) {
    this.encoded = encoded;
    this.files = files;
    this.features = features;
  }

  /**
   * @param files every file of the project, generated or copied from the front-end folder
   * @param features by the name the type is indexed by, the paths of its features' files; a type
   *     without features has none
   */
  public static ProjectPaths of(List<String> files, SortedMap<String, List<String>> features) {
    return new ProjectPaths(null, List.copyOf(files), features);
  }

  /** Every file of the project, as a path in it; only once {@link #decodes}. */
  public List<String> files() {
    return files;
  }

  /**
   * The paths of each type's features' files, by the name the type is indexed by; only once {@link
   * #decodes}.
   */
  public SortedMap<String, List<String>> features() {
    return features;
  }

  void write(DataOutputStream out) throws IOException {
    if (encoded == null) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream paths = new DataOutputStream(bytes);
      strings(paths, files);
      paths.writeInt(features.size());
      for (var type : features.entrySet()) {
        ModelCache.string(paths, type.getKey());
        strings(paths, type.getValue());
      }
      encoded = bytes.toByteArray();
    }
    ModelCache.bytes(out, encoded);
  }

  /**
   * The paths at {@code in}'s position, not yet decoded; throws IllegalArgumentException (or
   * another runtime exception) where they do not fit.
   */
  static ProjectPaths read(ByteBuffer in) {
    return new ProjectPaths(ModelCache.bytes(in), null, null);
  }

  /**
   * Whether the paths decode, decoding them once: false for a damaged header, which only means that
   * a partial compilation does not follow the change type by type.
   */
  boolean decodes() {
    if (files != null) {
      return true;
    }
    try {
      ByteBuffer in = ByteBuffer.wrap(encoded);
      List<String> decodedFiles = strings(in);
      int count = in.getInt();
      SortedMap<String, List<String>> decodedFeatures = new TreeMap<>();
      for (int i = 0; i < count; i++) {
        decodedFeatures.put(ModelCache.string(in), strings(in));
      }
      if (in.hasRemaining()) {
        return false;
      }
      files = decodedFiles;
      features = decodedFeatures;
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static void strings(DataOutputStream out, List<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String string : strings) {
      ModelCache.string(out, string);
    }
  }

  private static List<String> strings(ByteBuffer in) {
    int count = in.getInt();
    if (count < 0 || count > in.remaining()) {
      throw new IllegalArgumentException("list of " + count);
    }
    List<String> strings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      strings.add(ModelCache.string(in));
    }
    return List.copyOf(strings);
  }
}
