package io.github.hubspotapt.processor.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelRecords} takes every record of the model apart into what its accessors return, in the
 * order of its components, and builds it back from them: a value of each, with a distinct value in
 * each component, against reflection.
 */
class ModelRecordsTest {

  /** The model's own forms of a value and its place, which the walks over the model handle. */
  private static final List<Class<?>> OWN_FORMS = List.of(Located.class, Origin.class);

  private final ModelSamples samples = new ModelSamples();

  @Test
  void everyRecordOfTheModelIsTakenApartInOrderAndBuiltBack() throws Exception {
    List<Class<?>> records = ModelSamples.records(OWN_FORMS);
    assertTrue(records.contains(HubSpotProject.class), "model records found: " + records);
    for (Class<?> type : records) {
      Record value = (Record) samples.sample(type, OWN_FORMS);
      Object[] components = ModelRecords.components(value);
      assertArrayEquals(accessed(value), components, type.getSimpleName());
      assertEquals(value, ModelRecords.record(type.getName(), components), type.getSimpleName());
    }
  }

  @Test
  void aClassOutsideTheModelIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ModelRecords.record("java.lang.Object", new Object[0]));
    assertThrows(
        IllegalArgumentException.class,
        () -> ModelRecords.record(Feature.class.getName(), new Object[0]));
    assertThrows(
        IllegalArgumentException.class,
        () -> ModelRecords.components(new Located<>("value", null)));
  }

  private static Object[] accessed(Record value) throws ReflectiveOperationException {
    RecordComponent[] components = value.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = components[i].getAccessor().invoke(value);
    }
    return values;
  }
}
