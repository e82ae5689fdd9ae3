package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.net.URI;

/**
 * HubSpot's OAuth docs: redirect URLs use https, except http on localhost while testing, and need a domain name
 * (IP addresses are not supported).
 */
final class RedirectUrlRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      if (app.auth() == null) {
        continue;
      }
      for (Located<String> url : app.auth().redirectUrls()) {
        String problem = problem(url.value());
        if (problem != null) {
          diagnostics.report(RuleId.AUTH_REDIRECT_URL, url.origin(),
              "redirect URL " + Quote.of(url.value()) + " " + problem
                  + "; allowed: https://<domain>/... or http://localhost[:port]/...");
        }
      }
    }
  }

  private static String problem(String value) {
    URI uri = Urls.parse(value);
    if (uri == null) {
      return "is not an absolute URL with a host";
    }
    if (Urls.isIpLiteral(uri)) {
      return "uses an IP address, which HubSpot does not support";
    }
    if ("http".equalsIgnoreCase(uri.getScheme()) && uri.getHost().equalsIgnoreCase("localhost")) {
      return null;
    }
    if (!Urls.isHttps(uri)) {
      return "uses " + uri.getScheme() + "://, but only https:// (or http://localhost) is allowed";
    }
    return null;
  }
}
