package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.CrmBulkAction;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.vocabulary.BulkActionIcons;
import io.github.hubspotapt.processor.vocabulary.Vocabulary;
import java.util.Set;

/** A bulk action's icon is one of the icon names of {@code @hubspot/ui-extensions}. */
final class BulkActionIconRule implements Rule {

  private final Set<String> icons = BulkActionIcons.load();

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (CrmBulkAction action : project.features(CrmBulkAction.class)) {
      String icon = action.icon().value();
      if (icon != null && !icon.isEmpty() && !icons.contains(icon)) {
        diagnostics.report(
            RuleId.BULK_ACTION_ICON,
            action.icon().origin(),
            "icon "
                + Quote.of(icon)
                + " is not a @hubspot/ui-extensions icon name"
                + Suggestions.didYouMean(icon, icons, Vocabulary.BULK_ACTION_ICON::constant));
      }
    }
  }
}
