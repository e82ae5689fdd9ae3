package io.github.hubspotapt.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model's enums copy the annotations' enums of the same name constant by constant ({@code
 * MirrorReader} converts by name), and those that HubSpot spells otherwise carry each constant's
 * JSON value. A constant on one side only fails here, before a user of mismatched jars meets {@code
 * HS-ANNOTATION-VERSION}.
 */
class MirroredEnumsTest {

  private static final String ANNOTATIONS = "io.github.hubspotapt.";

  @Test
  void everyModelEnumHasTheConstantsOfItsAnnotationsEnumInTheSameOrder() throws Exception {
    Map<String, String> differences = new TreeMap<>();
    mirrored()
        .forEach(
            (model, annotations) -> {
              String difference = differences(names(annotations), names(model));
              if (!difference.isEmpty()) {
                differences.put(model.getSimpleName(), difference);
              }
            });

    assertEquals(Map.of(), differences);
  }

  @Test
  void everyJsonValueIsSetAndDistinct() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Class<?> model : mirrored().keySet()) {
      Method json = jsonMethod(model);
      if (json == null) {
        continue; // HubSpot's value is the constant's name
      }
      Set<String> seen = new HashSet<>();
      for (Object constant : model.getEnumConstants()) {
        Object value = json.invoke(constant);
        if (!(value instanceof String text) || text.isBlank() || !seen.add(text)) {
          problems.add(model.getSimpleName() + "." + constant + " -> " + value);
        }
      }
    }

    assertEquals(List.of(), problems);
  }

  /**
   * The scan finds the enums {@code ProjectReader} converts, so the tests above cannot pass on an
   * empty list.
   */
  @Test
  void theScanFindsTheEnumsTheReaderConverts() throws Exception {
    assertTrue(
        mirrored()
            .keySet()
            .containsAll(Set.of(AuthType.class, Distribution.class, PlatformVersion.class)),
        mirrored().keySet().toString());
  }

  @Test
  void differencesNameMissingAndExtraConstantsAndOrder() {
    assertEquals(
        "the model lacks [PARTNER]; only the model has [OLD]",
        differences(List.of("MARKETPLACE", "PARTNER"), List.of("MARKETPLACE", "OLD")));
    assertEquals(
        "the order differs: [A, B] in the annotations, [B, A] in the model",
        differences(List.of("A", "B"), List.of("B", "A")));
    assertEquals("", differences(List.of("A", "B"), List.of("A", "B")));
  }

  private static String differences(List<String> annotations, List<String> model) {
    List<String> missing = new ArrayList<>(annotations);
    missing.removeAll(model);
    List<String> extra = new ArrayList<>(model);
    extra.removeAll(annotations);
    List<String> problems = new ArrayList<>();
    if (!missing.isEmpty()) {
      problems.add("the model lacks " + missing);
    }
    if (!extra.isEmpty()) {
      problems.add("only the model has " + extra);
    }
    if (problems.isEmpty() && !annotations.equals(model)) {
      problems.add(
          "the order differs: " + annotations + " in the annotations, " + model + " in the model");
    }
    return String.join("; ", problems);
  }

  /**
   * Each enum of the model package that has an enum of the same simple name in the annotations, to
   * that enum.
   */
  private static Map<Class<?>, Class<?>> mirrored() throws IOException, URISyntaxException {
    // The folder of a model class itself: this test's own package folder comes first on the class
    // path.
    Path folder = Path.of(AuthType.class.getResource("AuthType.class").toURI()).getParent();
    Map<Class<?>, Class<?>> mirrored = new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> model =
              load(AuthType.class.getPackageName() + "." + name.substring(0, name.length() - 6));
          Class<?> annotations = load(ANNOTATIONS + model.getSimpleName());
          if (model.isEnum() && annotations != null && annotations.isEnum()) {
            mirrored.put(model, annotations);
          }
        }
      }
    }
    return mirrored;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static Method jsonMethod(Class<?> model) {
    return Arrays.stream(model.getMethods())
        .filter(m -> m.getName().equals("json") && m.getParameterCount() == 0)
        .findFirst()
        .orElse(null);
  }

  private static List<String> names(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
  }
}
