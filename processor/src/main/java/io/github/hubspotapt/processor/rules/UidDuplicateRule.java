package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HubSpot's parser: a uid is unique across all components of the project, the app included. Every
 * component that shares one is reported, so each can be fixed where it is declared.
 */
final class UidDuplicateRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    Map<String, List<Located<String>>> byUid = new LinkedHashMap<>();
    for (Located<String> uid : UidRules.uids(project)) {
      if (uid.isPresent() && !uid.value().isEmpty()) {
        List<Located<String>> same = byUid.get(uid.value());
        if (same == null) {
          same = new ArrayList<>();
          byUid.put(uid.value(), same);
        }
        same.add(uid);
      }
    }
    for (List<Located<String>> same : byUid.values()) {
      if (same.size() < 2) {
        continue;
      }
      String where =
          same.stream()
              .map(uid -> uid.origin().element().toString())
              .collect(Collectors.joining(", "));
      for (Located<String> uid : same) {
        diagnostics.report(
            RuleId.UID_DUPLICATE,
            uid.origin(),
            "uid "
                + Quote.of(uid.value())
                + " is used by "
                + same.size()
                + " components ("
                + where
                + "); uids must be unique in the project");
      }
    }
  }
}
