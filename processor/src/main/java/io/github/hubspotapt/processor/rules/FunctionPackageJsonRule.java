package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.model.AppFunction;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * HubSpot's parser: app functions need {@code app/functions/package.json}, or the upload fails. It
 * comes from the front-end folder; without one ({@code -Ahubspot.frontendDir}) the project has
 * none.
 */
final class FunctionPackageJsonRule implements Rule {

  static final String PACKAGE_JSON = "app/functions/package.json";

  private final FrontendFolder frontend;

  FunctionPackageJsonRule(FrontendFolder frontend) {
    this.frontend = frontend;
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    if (frontend != null && frontend.isFile(PACKAGE_JSON)) {
      return;
    }
    for (AppFunction function : project.features(AppFunction.class)) {
      diagnostics.report(
          RuleId.FUNCTION_PACKAGE_JSON,
          function.entrypoint().origin(),
          frontend == null
              // Without a front-end folder the project gets no package.json, and HubSpot's parser
              // refuses it.
              ? "app functions need app/functions/package.json beside them, and without"
                  + " -Ahubspot.frontendDir the project gets none; set it to the folder that holds"
                  + " app/functions/package.json and the functions' code"
              : "app functions need a package.json beside them, but there is no "
                  + frontend.root().resolve(PACKAGE_JSON));
    }
  }
}
