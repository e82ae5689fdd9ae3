package io.github.hubspotapt.processor.component;

import static io.github.hubspotapt.processor.declaration.ExperimentalFeatureConfig.ANNOTATION;
import static io.github.hubspotapt.processor.declaration.ExperimentalFeatureConfig.CONFIG;
import static io.github.hubspotapt.processor.declaration.ExperimentalFeatureConfig.TYPE;

import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.ExperimentalFeature;
import io.github.hubspotapt.processor.model.ExperimentalFeatureType;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.RuleGroup;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.JsonObject;
import io.github.hubspotapt.processor.write.JsonText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * {@code @ExperimentalFeature}: the feature types HubSpot's parser registers without a public
 * config format, one annotation for all of them, whose {@code type} member picks the {@link
 * ComponentType}. The config is the user's JSON text, passed through.
 */
final class ExperimentalFeatureComponent extends Component<ExperimentalFeature> {

  ExperimentalFeatureComponent() {
    super(componentTypes(), members(ANNOTATION, TYPE, CONFIG));
  }

  private static List<ComponentType> componentTypes() {
    List<ComponentType> types = new ArrayList<>();
    for (ExperimentalFeatureType type : ExperimentalFeatureType.values()) {
      types.add(type.componentType());
    }
    return types;
  }

  @Override
  ExperimentalFeature read(MirrorReader feature, TypeElement type, TypeReader reader) {
    Located<ExperimentalFeatureType> kind =
        feature.enumConstant(TYPE, ExperimentalFeatureType.class);
    // Unreadable only when the annotations jar is newer (HS-ANNOTATION-VERSION fails the build,
    // nothing is
    // written); a type that allows several keeps the other rules from reporting a second one.
    ComponentType componentType =
        kind.value() == null ? ComponentType.MARKETING_EVENT : kind.value().componentType();
    return new ExperimentalFeature(
        feature.origin(),
        componentType,
        kind.origin(),
        feature.string(UID),
        file(feature),
        feature.string(CONFIG));
  }

  /** The user's object, reformatted as every file is, its keys in their order. */
  @Override
  JsonObject write(ExperimentalFeature feature, ConfigContext context) {
    try {
      return JsonText.parseObject(feature.config().value());
    } catch (IOException e) {
      // HS-EXPERIMENTAL-CONFIG refuses a config that is not one JSON object before anything is
      // written.
      throw new UncheckedIOException(e);
    }
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.EXPERIMENTAL_FEATURES);
  }
}
