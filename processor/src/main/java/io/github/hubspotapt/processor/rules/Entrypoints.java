package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.ArrayList;
import java.util.List;

/**
 * The features that point at a front-end file, with that entrypoint, for the rules on entrypoints.
 */
record Entrypoints(Feature feature, Located<String> entrypoint) {

  static List<Entrypoints> all(HubSpotProject project) {
    List<Entrypoints> all = new ArrayList<>();
    for (Feature feature : project.features()) {
      Located<String> entrypoint = feature.entrypoint();
      if (entrypoint != null && entrypoint.isPresent()) {
        all.add(new Entrypoints(feature, entrypoint));
      }
    }
    return all;
  }

  /**
   * The entrypoint as a path relative to the source folder: HubSpot writes it from the source
   * folder, with a leading slash.
   */
  String relativePath() {
    return entrypoint.value().substring(1);
  }
}
