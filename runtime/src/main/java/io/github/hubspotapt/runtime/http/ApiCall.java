package io.github.hubspotapt.runtime.http;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Objects;

/**
 * One call to HubSpot's API: the request, whether it is safe to repeat, and the secrets it carries
 * (the client secret, tokens), which never appear in a message even when HubSpot's answer repeats
 * them.
 *
 * @param name what the call does, for messages ({@code token refresh})
 * @param request the request
 * @param repeatable whether sending it twice does no harm: then a {@code 5xx} or a lost connection
 *     is retried
 * @param secrets values to keep out of every message
 */
public record ApiCall(String name, HttpRequest request, boolean repeatable, List<String> secrets) {

  /**
   * A call.
   *
   * @param name what the call does
   * @param request the request
   * @param repeatable whether it is safe to repeat
   * @param secrets values to keep out of messages
   */
  public ApiCall {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(request, "request");
    secrets = List.copyOf(secrets);
  }

  /**
   * The call in a message: {@code HubSpot token refresh (POST /oauth/2026-03/token)}; paths carry
   * no secrets.
   */
  public String describe() {
    return "HubSpot " + name + " (" + request.method() + " " + request.uri().getRawPath() + ")";
  }

  /**
   * Text HubSpot sent, fit for a message: every secret replaced, control characters dropped, at
   * most 200 characters.
   *
   * @param text HubSpot's text
   * @return the text to show
   */
  public String shown(String text) {
    String shown = text;
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        shown = shown.replace(secret, "[redacted]");
      }
    }
    shown = shown.replaceAll("\\p{Cntrl}", " ");
    return shown.length() > 200 ? shown.substring(0, 200) + "..." : shown;
  }
}
