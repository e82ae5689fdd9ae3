package io.github.hubspotapt.processor.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.ModelRecords;
import io.github.hubspotapt.processor.model.ModelSamples;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.TypeModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelCodec} decodes every record of the model without reflection ({@link ModelRecords}): a
 * value of each, with a distinct value in each component, comes back equal from the bytes.
 */
class ModelCodecTest {

  /** The codec's own forms, and the project, which no type's model holds. */
  static final List<Class<?>> NOT_IN_THE_TABLE =
      List.of(Located.class, Origin.class, HubSpotProject.class);

  private final ModelCodec codec = new ModelCodec(null);
  private final ModelSamples samples = new ModelSamples();

  @Test
  void everyRecordOfTheModelComesBackEqual() throws Exception {
    List<Class<?>> records = ModelSamples.records(NOT_IN_THE_TABLE);
    assertTrue(records.size() > 30, "model records found: " + records);
    for (Class<?> type : records) {
      Object value = samples.sample(type, NOT_IN_THE_TABLE);
      TypeModel model = type == TypeModel.class ? (TypeModel) value : inModel(value);
      assertEquals(model, codec.decode(codec.encode(model)), type.getSimpleName());
    }
  }

  /** {@code value} as a feature of a type's model: the lists are not checked when built. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static TypeModel inModel(Object value) {
    return new TypeModel(
        null, null, (List<Feature>) (List) List.of(value), List.of(), List.of(), List.of(), false);
  }
}
