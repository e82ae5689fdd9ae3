package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.AppFunction;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.regex.Pattern;

/** An endpoint function is served at a URL path, for at least one HTTP method. */
final class FunctionEndpointRule implements Rule {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\-]+");

  /**
   * Names split at '/', each checked on its own: no repeated regex group to overflow on long input.
   */
  private static boolean isUrlPath(String path) {
    String inner = path.replaceAll("^/|/$", "");
    if (inner.isEmpty()) {
      return false;
    }
    for (String name : inner.split("/", -1)) {
      if (!NAME.matcher(name).matches()) {
        return false;
      }
    }
    return true;
  }

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
        diagnostics.report(
            RuleId.FUNCTION_ENDPOINT,
            function.endpoint(),
            "@Endpoint has methods but no path; give the URL path it is served at, e.g. path = \"/api/invoices\"");
      } else if (!isUrlPath(path)) {
        diagnostics.report(
            RuleId.FUNCTION_ENDPOINT,
            function.endpointPath().origin(),
            "@Endpoint path "
                + Quote.of(path)
                + " is not a URL path of '/'-separated names of letters, digits,"
                + " '_' and '-', e.g. \"/api/invoices\"");
      }
      if (function.endpointMethods().isEmpty()) {
        diagnostics.report(
            RuleId.FUNCTION_ENDPOINT,
            function.endpoint(),
            "@Endpoint needs at least one HTTP method, e.g. methods = HttpMethod.POST");
      }
    }
  }
}
