package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.declaration.OptionConfig;
import io.github.hubspotapt.processor.model.Option;
import io.github.hubspotapt.processor.write.JsonObject;

/** What several component types write alike, in HubSpot's templates' key order. */
final class ComponentJson {

  private ComponentJson() {}

  /**
   * An enum option's description and display order, when set: workflow-action and app-object
   * options have both.
   */
  static void putDescriptionAndOrder(JsonObject node, Option option) {
    if (option.hasDescription()) {
      node.put(OptionConfig.DESCRIPTION.key(), option.description().value());
    }
    if (option.hasDisplayOrder()) {
      node.put(OptionConfig.DISPLAY_ORDER.key(), option.displayOrder().value());
    }
  }
}
