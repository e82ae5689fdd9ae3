package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.model.AppFunction;
import io.github.hubspotapt.processor.model.HubSpotProject;

/** HubSpot's parser: app functions need {@code app/functions/package.json}, or the upload fails. */
final class FunctionPackageJsonRule implements Rule {

  static final String PACKAGE_JSON = "app/functions/package.json";

  private final FrontendFolder frontend;

  FunctionPackageJsonRule(FrontendFolder frontend) {
    this.frontend = frontend;
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    if (frontend == null || frontend.isFile(PACKAGE_JSON)) {
      return;
    }
    for (AppFunction function : project.features(AppFunction.class)) {
      diagnostics.report(
          RuleId.FUNCTION_PACKAGE_JSON,
          function.entrypoint().origin(),
          "app functions need a package.json beside them, but there is no "
              + frontend.root().resolve(PACKAGE_JSON));
    }
  }
}
