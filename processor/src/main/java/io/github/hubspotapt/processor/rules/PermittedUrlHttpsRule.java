package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.List;

/**
 * {@code permittedUrls.iframe} and {@code img} entries are https URLs with a host: HubSpot's UI is
 * served over https, and browsers do not load http frames or images into an https page, so an http
 * entry could never be used.
 */
final class PermittedUrlHttpsRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      check(app.permittedUrls().iframe(), "iframe", diagnostics);
      check(app.permittedUrls().img(), "img", diagnostics);
    }
  }

  private static void check(List<Located<String>> urls, String list, Diagnostics diagnostics) {
    for (Located<String> url : urls) {
      if (!Urls.isHttpsUrl(url.value())) {
        diagnostics.report(
            RuleId.PERMITTED_URL_HTTPS,
            url.origin(),
            "permittedUrls."
                + list
                + " entry "
                + Quote.of(url.value())
                + " is not an https:// URL with a host;"
                + " HubSpot's pages are served over https and browsers block http content in them; e.g."
                + " \"https://cdn.example.com\"");
      }
    }
  }
}
