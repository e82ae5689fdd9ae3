package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.net.URI;
import java.util.Locale;

/**
 * HubSpot's OAuth docs: redirect URLs use https, except http on localhost while testing, and need a
 * domain name (IP addresses are not supported). HubSpot sends the user back to the redirect URL
 * with {@code ?code=...} appended and validates the install URL's {@code redirect_uri} against the
 * declared URLs, so a declared URL has no query of its own, no fragment (which OAuth 2.0, RFC 6749
 * 3.1.2, forbids in a redirect URI), no empty port, and a lower-case scheme and host.
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
          diagnostics.report(
              RuleId.AUTH_REDIRECT_URL,
              url.origin(),
              "redirect URL "
                  + Quote.of(url.value())
                  + " "
                  + problem
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
    String scheme = uri.getScheme();
    String host = uri.getHost();
    if (!scheme.equals(lowerCase(scheme)) || !host.equals(lowerCase(host))) {
      String authority = uri.getRawAuthority();
      String fixed =
          lowerCase(scheme)
              + "://"
              + authority.replace(host, lowerCase(host))
              + value.substring(scheme.length() + 3 + authority.length());
      return "has an upper-case scheme or host; write them in lower case, as HubSpot compares redirect URLs as"
          + " written (did you mean "
          + fixed
          + "?)";
    }
    if (uri.getRawAuthority().endsWith(":")) {
      return "has an empty port after ':'; give the port or leave out the ':'";
    }
    if (uri.getRawQuery() != null) {
      return "has a query (?"
          + uri.getRawQuery()
          + "), but HubSpot appends its own ?code=... to the redirect URL";
    }
    if (uri.getRawFragment() != null) {
      return "has a fragment (#"
          + uri.getRawFragment()
          + "), which OAuth 2.0 does not allow in a redirect URL";
    }
    if ("http".equals(scheme) && host.equals("localhost")) {
      return null;
    }
    if (!Urls.isHttps(uri)) {
      String secure = "https" + value.substring(scheme.length());
      return "uses "
          + scheme
          + "://, which HubSpot accepts "
          + ("http".equals(scheme) ? "for localhost only" : "nowhere")
          + " (did you mean "
          + secure
          + "?)";
    }
    return null;
  }

  private static String lowerCase(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
