package io.github.hubspotapt.maven.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The differences between a HubSpot project and the one written back from its import: files not
 * written or written in addition, a component file written under another name (paired by folder and
 * uid), JSON keys missing, added or changed, keys in another order, and bytes that differ where the
 * JSON is the same (formatting).
 */
final class ProjectDiff {

  private static final String MANIFEST = ".hubspot-apt-manifest";

  private ProjectDiff() {}

  static List<String> of(Path original, Path written) throws IOException {
    Map<String, Path> before = files(original);
    Map<String, Path> after = files(written);
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, Path> file : before.entrySet()) {
      String name = file.getKey();
      String pair = after.containsKey(name) ? name : renamed(name, file.getValue(), after);
      if (pair == null) {
        differences.add("not written: " + name);
        continue;
      }
      if (!pair.equals(name)) {
        differences.add(
            "file name: " + name + " written as " + pair.substring(pair.lastIndexOf('/') + 1));
      }
      compare(name, file.getValue(), after.remove(pair), differences);
    }
    after.keySet().forEach(extra -> differences.add("also written: " + extra));
    return differences;
  }

  private static void compare(String name, Path before, Path after, List<String> differences)
      throws IOException {
    byte[] expected = Files.readAllBytes(before);
    byte[] actual = Files.readAllBytes(after);
    if (Arrays.equals(expected, actual)) {
      return;
    }
    if (!name.endsWith(".json")) {
      differences.add(name + ": bytes differ");
      return;
    }
    List<String> json = new ArrayList<>();
    compareJson("", JsonValues.read(before), JsonValues.read(after), json);
    if (json.isEmpty()) {
      differences.add(name + ": formatting");
    }
    json.forEach(difference -> differences.add(name + " " + difference));
  }

  private static void compareJson(
      String path, Object expected, Object actual, List<String> differences) {
    if (expected instanceof Map<?, ?> before && actual instanceof Map<?, ?> after) {
      for (Object key : before.keySet()) {
        if (!after.containsKey(key)) {
          differences.add(path + "/" + key + ": not written");
        } else {
          compareJson(path + "/" + key, before.get(key), after.get(key), differences);
        }
      }
      for (Object key : after.keySet()) {
        if (!before.containsKey(key)) {
          differences.add(path + "/" + key + ": also written");
        }
      }
      List<Object> common = new ArrayList<>(before.keySet());
      common.retainAll(after.keySet());
      List<Object> written = new ArrayList<>(after.keySet());
      written.retainAll(before.keySet());
      if (!common.equals(written)) {
        differences.add((path.isEmpty() ? "/" : path) + ": key order");
      }
    } else if (expected instanceof List<?> before && actual instanceof List<?> after) {
      for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
        if (i >= after.size()) {
          differences.add(path + "/" + i + ": not written");
        } else if (i >= before.size()) {
          differences.add(path + "/" + i + ": also written");
        } else {
          compareJson(path + "/" + i, before.get(i), after.get(i), differences);
        }
      }
    } else if (!Objects.equals(String.valueOf(expected), String.valueOf(actual))
        || (expected == null) != (actual == null)) {
      differences.add(path + ": " + expected + " written as " + actual);
    }
  }

  /** The written file of the same folder with the same uid, when the name differs. */
  private static String renamed(String name, Path file, Map<String, Path> after)
      throws IOException {
    if (!name.endsWith("-hsmeta.json")) {
      return null;
    }
    Object uid = uid(file);
    String folder = name.substring(0, name.lastIndexOf('/') + 1);
    for (Map.Entry<String, Path> candidate : after.entrySet()) {
      String other = candidate.getKey();
      if (other.startsWith(folder)
          && other.indexOf('/', folder.length()) < 0
          && other.endsWith("-hsmeta.json")
          && uid != null
          && uid.equals(uid(candidate.getValue()))) {
        return other;
      }
    }
    return null;
  }

  private static Object uid(Path file) throws IOException {
    return JsonValues.read(file) instanceof Map<?, ?> map ? map.get("uid") : null;
  }

  private static Map<String, Path> files(Path root) throws IOException {
    Map<String, Path> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(file).toString().replace('\\', '/');
        if (!name.equals(MANIFEST)) {
          files.put(name, file);
        }
      }
    }
    return files;
  }

  /** Keeps only the first occurrence of each difference. */
  static List<String> distinct(List<String> differences) {
    Set<String> unique = new LinkedHashSet<>(differences);
    return List.copyOf(unique);
  }
}
