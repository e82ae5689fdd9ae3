package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.net.URI;

/**
 * HubSpot's fetching-data docs: {@code permittedUrls.fetch} entries are valid https URLs and cannot
 * be localhost (local development goes through the dev server's proxy instead).
 */
final class PermittedFetchUrlRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      for (Located<String> url : app.permittedUrls().fetch()) {
        String problem = problem(url.value());
        if (problem != null) {
          diagnostics.report(
              RuleId.PERMITTED_URL_FETCH,
              url.origin(),
              "permittedUrls.fetch entry "
                  + Quote.of(url.value())
                  + " "
                  + problem
                  + "; allowed: an https:// URL of a public host, e.g. \"https://api.example.com\"");
        }
      }
    }
  }

  private static String problem(String value) {
    URI uri = Urls.parse(value);
    if (uri == null) {
      return "is not an absolute URL with a host";
    }
    if (!Urls.isHttps(uri)) {
      return "uses " + uri.getScheme() + "://";
    }
    if (Urls.isLocalhost(uri)) {
      return "points at localhost, which hubspot.fetch never calls (use the dev server's local proxy)";
    }
    return null;
  }
}
