package io.github.hubspotapt.processor.cache;

import io.github.hubspotapt.processor.diagnostics.Finding;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.TypeModel;
import java.util.List;
import java.util.Set;

/**
 * How a partial compilation's project differs from the previous compilation's, where only the
 * features of some types changed: a card's description edited, a workflow action's field added. The
 * previous compilation wrote the project, and its files are still as written; its app, options,
 * front-end files and types are this one's. What the change cannot reach is then not done again: a
 * rule group that reads none of the {@code changed} types, and reported nothing the previous time,
 * does not run ({@code rules.Rules#reusing}), and a file whose feature and name are the previous
 * ones is neither rendered nor written ({@code write.ProjectFiles}).
 *
 * @param changed the component types of the features that differ, before or after the change; with
 *     {@link ComponentType#WEBHOOKS} where webhook subscriptions do
 * @param previousFeatures the previous compilation's features, in the project's order: the same
 *     objects as this compilation's where their types did not change
 * @param previousFindings what the previous compilation reported, each with its rule group: a group
 *     with findings runs again
 */
public record ProjectDelta(
    Set<ComponentType> changed, List<Feature> previousFeatures, List<Finding> previousFindings) {

  /**
   * Adds the types of {@code model}'s features to {@code changed}; false where the model declares
   * more than features and webhook subscriptions (an app, an {@code @Auth}, a profile, an
   * annotation that belongs beside another, a profile variable), whose change the delta does not
   * follow.
   */
  static boolean onlyFeatures(TypeModel model, Set<ComponentType> changed) {
    if (model.app() != null
        || model.auth() != null
        || !model.profiles().isEmpty()
        || !model.unused().isEmpty()
        || model.placeholders()) {
      return false;
    }
    for (Feature feature : model.features()) {
      changed.add(feature.type());
    }
    if (!model.subscriptions().isEmpty()) {
      changed.add(ComponentType.WEBHOOKS);
    }
    return true;
  }
}
