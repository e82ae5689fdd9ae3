package io.github.hubspotapt.processor.model;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The records of the model, found in the folder their classes were compiled into (so that a new
 * record is tested without being listed), and a value of each with a distinct value in each
 * component, built by reflection, which the code under test does without.
 */
public final class ModelSamples {

  private int next;

  /** The model's records, {@code except} these. */
  public static List<Class<?>> records(List<Class<?>> except)
      throws IOException, URISyntaxException {
    Path folder = Path.of(Card.class.getResource("Card.class").toURI()).getParent();
    List<Class<?>> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(Card.class.getPackageName() + "." + name.replace(".class", ""));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        if (type.isRecord() && !except.contains(type)) {
          records.add(type);
        }
      }
    }
    return records;
  }

  /**
   * A value of a model record, each component distinct, records nested as deep as they go (but none
   * of {@code leaves}, which stay null).
   */
  public Object sample(Class<?> type, List<Class<?>> leaves) throws ReflectiveOperationException {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] parameters = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      parameters[i] = components[i].getType();
      values[i] = sampleOf(parameters[i], leaves);
    }
    return type.getDeclaredConstructor(parameters).newInstance(values);
  }

  private Object sampleOf(Class<?> type, List<Class<?>> leaves)
      throws ReflectiveOperationException {
    int n = next++;
    if (type == Located.class) {
      return new Located<>("value " + n, null);
    } else if (type == List.class) {
      return List.of(new Located<>("item " + n, null), "text " + n);
    } else if (type == String.class) {
      return "text " + n;
    } else if (type == boolean.class || type == Boolean.class) {
      return n % 2 == 0;
    } else if (type == int.class || type == Integer.class) {
      return n;
    } else if (type == long.class || type == Long.class) {
      return (long) n;
    } else if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[n % constants.length];
    } else if (type.isRecord() && !leaves.contains(type)) {
      return sample(type, leaves);
    }
    return null; // an Origin, or a Feature of a type's model
  }
}
