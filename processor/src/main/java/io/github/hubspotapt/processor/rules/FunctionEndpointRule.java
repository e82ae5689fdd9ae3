package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.AppFunction;
import java.util.regex.Pattern;

/** An endpoint function is served at a URL path, for at least one HTTP method. */
final class FunctionEndpointRule implements Rule {

  private static final Pattern PATH = Pattern.compile("/?[A-Za-z0-9_\\-]+(/[A-Za-z0-9_\\-]+)*/?");

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (AppFunction function : project.features(AppFunction.class)) {
      if (!function.hasEndpoint()) {
        continue;
      }
      String path = function.endpointPath().value();
      if (path == null) {
        continue;
      }
      if (path.isEmpty()) {
        diagnostics.report(RuleId.FUNCTION_ENDPOINT, function.endpoint(),
            "@Endpoint has methods but no path; give the URL path it is served at, e.g. path = \"/api/invoices\"");
      } else if (!PATH.matcher(path).matches()) {
        diagnostics.report(RuleId.FUNCTION_ENDPOINT, function.endpointPath().origin(),
            "@Endpoint path " + Quote.of(path) + " is not a URL path of '/'-separated names of letters, digits,"
                + " '_' and '-', e.g. \"/api/invoices\"");
      }
      if (function.endpointMethods().isEmpty()) {
        diagnostics.report(RuleId.FUNCTION_ENDPOINT, function.endpoint(),
            "@Endpoint needs at least one HTTP method, e.g. methods = HttpMethod.POST");
      }
    }
  }
}
