package io.github.hubspotapt.processor.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Card;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.ModelSamples;
import io.github.hubspotapt.processor.model.TypeModel;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import io.github.hubspotapt.processor.model.WorkflowAction;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a kept model declares, told without decoding it: which kept models a partial compilation
 * must decode ({@link ProjectDelta#decoded}) rests on it.
 */
class ModelKindsTest {

  private final ModelSamples samples = new ModelSamples();

  @Test
  void aModelOfFeaturesHasTheirTypes() throws Exception {
    int kinds =
        ModelKinds.of(
            model(
                null, List.of(sample(Card.class), sample(WorkflowAction.class)), List.of(), false));

    assertEquals(EnumSet.of(ComponentType.CARD, ComponentType.WORKFLOW_ACTION), types(kinds));
    assertTrue(ModelKinds.reaches(kinds, EnumSet.of(ComponentType.CARD)));
    assertFalse(ModelKinds.reaches(kinds, EnumSet.of(ComponentType.APP_EVENT)));
    assertFalse(ModelKinds.reaches(kinds, EnumSet.noneOf(ComponentType.class)));
  }

  @Test
  void webhookSubscriptionsAreOfTheWebhooksType() throws Exception {
    WebhookSubscription subscription =
        (WebhookSubscription)
            samples.sample(WebhookSubscription.class, ModelCodecTest.NOT_IN_THE_TABLE);
    int kinds = ModelKinds.of(model(null, List.of(), List.of(subscription), false));

    assertEquals(EnumSet.of(ComponentType.WEBHOOKS), types(kinds));
    assertTrue(ModelKinds.reaches(kinds, EnumSet.of(ComponentType.WEBHOOKS)));
  }

  /** Every compilation reads the app, whatever changed. */
  @Test
  void anAppReachesEveryChange() throws Exception {
    int kinds =
        ModelKinds.of(
            model(
                (App) samples.sample(App.class, ModelCodecTest.NOT_IN_THE_TABLE),
                List.of(),
                List.of(),
                false));

    assertTrue(ModelKinds.reaches(kinds, EnumSet.noneOf(ComponentType.class)));
    assertEquals(0, kinds & ModelKinds.PLACEHOLDERS);
  }

  @Test
  void aProfileVariableIsTold() throws Exception {
    int kinds = ModelKinds.of(model(null, List.of(sample(Card.class)), List.of(), true));

    assertTrue((kinds & ModelKinds.PLACEHOLDERS) != 0);
    assertTrue(ModelKinds.reaches(kinds, EnumSet.noneOf(ComponentType.class)));
  }

  /** A bit for each component type, below the two flags. */
  @Test
  void everyTypeHasABitOfItsOwn() {
    assertTrue(ComponentType.values().length < 29, "flags start at bit 29");
    for (ComponentType type : ComponentType.values()) {
      assertEquals(EnumSet.of(type), types(1 << type.ordinal()));
    }
  }

  private Feature sample(Class<? extends Feature> type) throws Exception {
    return type.cast(samples.sample(type, ModelCodecTest.NOT_IN_THE_TABLE));
  }

  private static Set<ComponentType> types(int kinds) {
    return ModelKinds.types(kinds);
  }

  private static TypeModel model(
      App app,
      List<Feature> features,
      List<WebhookSubscription> subscriptions,
      boolean placeholders) {
    return new TypeModel(app, null, features, subscriptions, List.of(), List.of(), placeholders);
  }
}
