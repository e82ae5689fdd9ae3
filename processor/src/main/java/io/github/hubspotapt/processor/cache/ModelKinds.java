package io.github.hubspotapt.processor.cache;

import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.TypeModel;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a kept model declares, as bits beside it in the cache's header: the component types of its
 * features ({@link ComponentType#WEBHOOKS} for webhook subscriptions too), whether it declares more
 * than features (an app, an {@code @Auth}, a profile, an annotation that belongs beside another),
 * and whether it uses a profile variable. A partial compilation that changed only some types'
 * features decodes only the kept models the change reaches ({@link ProjectDelta}), knowing what the
 * others declare without decoding them.
 */
final class ModelKinds {

  /** More than features and webhook subscriptions. */
  static final int OTHER = 1 << 30;

  /** A {@code ${...}} profile variable in one of its values. */
  static final int PLACEHOLDERS = 1 << 29;

  private ModelKinds() {}

  static int of(TypeModel model) {
    int kinds = 0;
    for (Feature feature : model.features()) {
      kinds |= bit(feature.type());
    }
    if (!model.subscriptions().isEmpty()) {
      kinds |= bit(ComponentType.WEBHOOKS);
    }
    if (model.app() != null
        || model.auth() != null
        || !model.profiles().isEmpty()
        || !model.unused().isEmpty()) {
      kinds |= OTHER;
    }
    if (model.placeholders()) {
      kinds |= PLACEHOLDERS | OTHER;
    }
    return kinds;
  }

  /**
   * Whether a model of {@code kinds} is needed where the features of {@code types} are read: it has
   * some, or declares more than features, which every compilation reads.
   */
  static boolean reaches(int kinds, Set<ComponentType> types) {
    if ((kinds & OTHER) != 0) {
      return true;
    }
    for (ComponentType type : types) {
      if ((kinds & bit(type)) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The component types of {@code kinds}. */
  static Set<ComponentType> types(int kinds) {
    Set<ComponentType> types = EnumSet.noneOf(ComponentType.class);
    for (ComponentType type : ComponentType.values()) {
      if ((kinds & bit(type)) != 0) {
        types.add(type);
      }
    }
    return types;
  }

  private static int bit(ComponentType type) {
    return 1 << type.ordinal(); // fewer than 29 types
  }
}
