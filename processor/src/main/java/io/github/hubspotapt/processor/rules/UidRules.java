package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.ArrayList;
import java.util.List;

/** Every uid of the project (app and features), for the rules that apply to all of them. */
final class UidRules {

  private UidRules() {}

  static List<Located<String>> uids(HubSpotProject project) {
    List<Located<String>> uids = new ArrayList<>();
    project.apps().forEach(app -> uids.add(app.uid()));
    project.features().forEach(feature -> uids.add(feature.uid()));
    return uids;
  }
}
