package io.github.hubspotapt.maven.importer;

import static io.github.hubspotapt.processor.declaration.ExperimentalFeatureConfig.ANNOTATION;
import static io.github.hubspotapt.processor.declaration.ExperimentalFeatureConfig.CONFIG;
import static io.github.hubspotapt.processor.declaration.ExperimentalFeatureConfig.TYPE;
import static io.github.hubspotapt.processor.declaration.ExperimentalFeatureConfig.TYPE_ENUM;

import io.github.hubspotapt.ExperimentalFeatureType;
import io.github.hubspotapt.processor.model.ComponentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The feature types HubSpot's parser knows without a published config format ({@code mcp-server},
 * {@code calling}, ...): {@code @ExperimentalFeature} of the type, whose {@code config} is the
 * file's whole {@code config} as JSON text, laid out over lines as a text block so that it reads as
 * the file did.
 */
final class ExperimentalFeatureImporter implements ComponentImporter {

  private final ComponentType type;
  private final ExperimentalFeatureType featureType;

  /**
   * The importer of {@code type}, one of the parser-only types: {@link ExperimentalFeatureType}
   * names them as {@link ComponentType} does.
   */
  ExperimentalFeatureImporter(ComponentType type) {
    this.type = type;
    this.featureType = ExperimentalFeatureType.valueOf(type.name());
  }

  @Override
  public void read(ComponentJsonFile file, ImportContext context) {
    JsonFields config = file.config();
    Map<String, Object> values = new LinkedHashMap<>();
    List.copyOf(config.keys()).forEach(key -> values.put(key, config.raw(key)));
    Annotation feature =
        ComponentAnnotation.of(
            Annotation.of(ANNOTATION).constant(TYPE, TYPE_ENUM, featureType.name()),
            file,
            context.vocabulary());
    feature.textBlock(CONFIG, JsonMemberText.pretty(values));
    context.addFeature(file, null, JavaNames.typeName(type.json(), ""), List.of(feature.build()));
  }
}
