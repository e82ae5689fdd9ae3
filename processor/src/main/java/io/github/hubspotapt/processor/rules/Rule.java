package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.model.HubSpotProject;

/** One HubSpot rule: looks at the whole project and reports every place that breaks it. */
public interface Rule {

  void check(HubSpotProject project, Diagnostics diagnostics);
}
