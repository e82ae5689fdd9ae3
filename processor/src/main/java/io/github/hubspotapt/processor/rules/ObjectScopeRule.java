package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.vocabulary.CardObjectTypes;
import java.util.Set;

/**
 * HubSpot's card docs: a feature on an object type needs the app to hold at least that object's
 * read scope. Named with the exact scope to add, so the fix is one line.
 */
final class ObjectScopeRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    App app = project.app();
    if (app == null || app.auth() == null) {
      return;
    }
    for (ObjectTypes entry : ObjectTypes.all(project)) {
      Set<String> scopes = Scopes.requested(app, entry.feature());
      for (Located<String> objectType : entry.objectTypes()) {
        String needed = CardObjectTypes.readScope(objectType.value());
        if (needed != null && !scopes.contains(needed)) {
          diagnostics.report(
              RuleId.OBJECT_SCOPE,
              objectType.origin(),
              entry.feature().type().annotation()
                  + " shows on "
                  + Quote.of(objectType.value())
                  + ", but the app does not request "
                  + needed
                  + "; add \""
                  + needed
                  + "\" to @Auth requiredScopes");
        }
      }
    }
  }
}
