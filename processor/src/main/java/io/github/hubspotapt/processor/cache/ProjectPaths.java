package io.github.hubspotapt.processor.cache;

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
 * @param files every file of the project, generated or copied from the front-end folder
 * @param features by the name the type is indexed by, the paths of its features' files; a type
 *     without features has none
 */
public record ProjectPaths(List<String> files, SortedMap<String, List<String>> features) {

  public ProjectPaths {
    files = List.copyOf(files);
  }

  void write(DataOutputStream out) throws IOException {
    strings(out, files);
    out.writeInt(features.size());
    for (var type : features.entrySet()) {
      ModelCache.string(out, type.getKey());
      strings(out, type.getValue());
    }
  }

  /**
   * Throws IllegalArgumentException (or another runtime exception) for damaged or foreign paths.
   */
  static ProjectPaths read(ByteBuffer in) {
    List<String> files = strings(in);
    int count = in.getInt();
    SortedMap<String, List<String>> features = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      features.put(ModelCache.string(in), strings(in));
    }
    return new ProjectPaths(files, features);
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
