package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.vocabulary.OAuthScopes;

/** HubSpot's app-event docs: an app with app events has {@code timeline} in its required scopes. */
final class AppEventScopeRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    App app = project.app();
    if (app == null || app.auth() == null || project.features(AppEvent.class).isEmpty()) {
      return;
    }
    boolean timeline = false;
    for (Located<String> scope : app.auth().requiredScopes()) {
      timeline |= OAuthScopes.TIMELINE.equals(scope.value());
    }
    if (!timeline) {
      diagnostics.report(
          RuleId.APP_EVENT_SCOPE,
          app.auth().origin(),
          "the app declares app events, so requiredScopes must include \""
              + OAuthScopes.TIMELINE
              + "\"");
    }
  }
}
