package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;

/**
 * {@code support.documentationUrl} and {@code supportUrl}, when given, are https URLs users can
 * open.
 */
final class SupportUrlRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      check(app.support().documentationUrl(), "documentationUrl", diagnostics);
      check(app.support().supportUrl(), "supportUrl", diagnostics);
    }
  }

  private static void check(Located<String> url, String field, Diagnostics diagnostics) {
    if (url.isPresent() && !url.value().isEmpty() && !Urls.isHttpsUrl(url.value())) {
      diagnostics.report(
          RuleId.SUPPORT_URL,
          url.origin(),
          field
              + " "
              + Quote.of(url.value())
              + " is not an https:// URL with a host;"
              + " expected e.g. \"https://example.com/support\"");
    }
  }
}
