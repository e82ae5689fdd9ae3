package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.ArrayList;
import java.util.List;

/** Every uid of the project (app and features), for the rules that apply to all of them. */
final class UidRules {

  private UidRules() {}

  static List<Located<String>> uids(HubSpotProject project) {
    List<Located<String>> uids = new ArrayList<>();
    for (App app : project.apps()) {
      uids.add(app.uid());
    }
    for (Feature feature : project.features()) {
      uids.add(feature.uid());
    }
    return uids;
  }
}
