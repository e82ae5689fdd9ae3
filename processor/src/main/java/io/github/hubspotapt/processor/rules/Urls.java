package io.github.hubspotapt.processor.rules;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/** URL checks shared by the rules on redirect, permitted, and support URLs. */
final class Urls {

  private Urls() {}

  /** The parsed absolute URL with a host, or null when {@code value} is not one. */
  static URI parse(String value) {
    try {
      URI uri = new URI(value);
      return uri.isAbsolute() && uri.getHost() != null && !uri.getHost().isEmpty() ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  static boolean isHttps(URI uri) {
    return "https".equalsIgnoreCase(uri.getScheme());
  }

  static boolean isLocalhost(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return host.equals("localhost") || host.endsWith(".localhost") || (isIpLiteral(uri) && isLoopback(host));
  }

  /** Parses only the IP literal itself (never a name lookup), so every spelling of 127.x and ::1 is caught. */
  private static boolean isLoopback(String ipLiteral) {
    try {
      return InetAddress.getByName(ipLiteral.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** An IPv4 or IPv6 literal: HubSpot's OAuth redirects need a domain name. */
  static boolean isIpLiteral(URI uri) {
    String host = uri.getHost();
    return host.startsWith("[") || host.matches("[0-9]+(\\.[0-9]+){3}");
  }

  /** An https:// URL HubSpot's servers can call: a host, and not this machine. */
  static boolean isPublicHttpsUrl(String value) {
    return isHttpsUrl(value) && !isLocalhost(parse(value));
  }

  /** A valid https:// URL with a host. */
  static boolean isHttpsUrl(String value) {
    URI uri = parse(value);
    return uri != null && isHttps(uri);
  }
}
