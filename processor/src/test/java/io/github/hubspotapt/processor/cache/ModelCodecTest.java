package io.github.hubspotapt.processor.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.processor.model.Card;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.TypeModel;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelCodec} decodes every record of the model without reflection ({@link ModelRecords}): a
 * value of each, with a distinct value in each component, comes back equal from the bytes.
 */
class ModelCodecTest {

  /** The codec's own forms, and the project, which no type's model holds. */
  private static final List<Class<?>> NOT_IN_THE_TABLE =
      List.of(Located.class, Origin.class, HubSpotProject.class);

  private final ModelCodec codec = new ModelCodec(null);
  private int next;

  @Test
  void everyRecordOfTheModelComesBackEqual() throws Exception {
    List<Class<?>> records = modelRecords();
    assertTrue(records.size() > 30, "model records found: " + records);
    for (Class<?> type : records) {
      Object value = sample(type);
      TypeModel model = type == TypeModel.class ? (TypeModel) value : inModel(value);
      assertEquals(model, codec.decode(codec.encode(model)), type.getSimpleName());
    }
  }

  @Test
  void aClassOutsideTheTableIsRefused() {
    ModelRecords records =
        new ModelRecords() {
          @Override
          @SuppressWarnings("TypeParameterUnusedInFormals")
          <T> T next() {
            return null;
          }
        };
    assertThrows(
        IllegalArgumentException.class, () -> records.record(HubSpotProject.class.getName()));
    assertThrows(IllegalArgumentException.class, () -> records.record("java.lang.Object"));
  }

  /** {@code value} as a feature of a type's model: the lists are not checked when built. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static TypeModel inModel(Object value) {
    return new TypeModel(
        null, null, (List<Feature>) (List) List.of(value), List.of(), List.of(), List.of(), false);
  }

  /** A value of a model record, each component distinct (records nested as deep as they go). */
  Object sample(Class<?> type) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] parameters = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      parameters[i] = components[i].getType();
      values[i] = sampleOf(parameters[i]);
    }
    return type.getDeclaredConstructor(parameters).newInstance(values);
  }

  private Object sampleOf(Class<?> type) throws Exception {
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
    } else if (type.isRecord() && !NOT_IN_THE_TABLE.contains(type)) {
      return sample(type);
    }
    return null; // an Origin, or a Feature of a type's model
  }

  /** The records of the model package, read from the folder its classes were compiled into. */
  private static List<Class<?>> modelRecords() throws IOException, URISyntaxException {
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
        if (type.isRecord() && !NOT_IN_THE_TABLE.contains(type)) {
          records.add(type);
        }
      }
    }
    return records;
  }
}
