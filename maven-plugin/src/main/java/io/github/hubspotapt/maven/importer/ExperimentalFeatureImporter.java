package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.ExperimentalFeatureType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The feature types HubSpot's parser knows without a published config format ({@code mcp-server},
 * {@code calling}, ...): {@code @ExperimentalFeature} of the type, whose {@code config} is the
 * file's whole {@code config} as JSON text, laid out over lines as a text block so that it reads as
 * the file did.
 */
final class ExperimentalFeatureImporter implements ComponentImporter {

  private final ExperimentalFeatureType featureType;

  private ExperimentalFeatureImporter(ExperimentalFeatureType featureType) {
    this.featureType = featureType;
  }

  /** One importer per type of {@link ExperimentalFeatureType}. */
  static List<ExperimentalFeatureImporter> all() {
    return Arrays.stream(ExperimentalFeatureType.values())
        .map(ExperimentalFeatureImporter::new)
        .toList();
  }

  /**
   * {@code MCP_SERVER} is {@code mcp-server}: the constants are HubSpot's type values in upper
   * snake case.
   */
  @Override
  public String type() {
    return featureType.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public void read(ComponentFile file, ImportContext context) {
    JsonFields config = file.config();
    Map<String, Object> values = new LinkedHashMap<>();
    List.copyOf(config.keys()).forEach(key -> values.put(key, config.raw(key)));
    Annotation feature =
        ComponentAnnotation.of(
            Annotation.of("ExperimentalFeature")
                .constant("type", "ExperimentalFeatureType", featureType.name()),
            file,
            context.vocabulary());
    feature.textBlock("config", JsonText.pretty(values));
    context.addFeature(file, null, JavaNames.typeName(type(), ""), List.of(feature.build()));
  }
}
