package io.github.hubspotapt.processor.rules;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * URL checks shared by the rules on redirect, permitted, support, webhook and workflow-action URLs.
 */
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

  /** {@code localhost}, a name below it, or a loopback address: this machine. */
  static boolean isLocalhost(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    InetAddress address = address(uri);
    return name.equals("localhost")
        || name.endsWith(".localhost")
        || (address != null && address.isLoopbackAddress());
  }

  /**
   * An IP literal no server on the internet can reach: loopback (127.0.0.0/8, ::1), private
   * (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16), link-local (169.254.0.0/16, fe80::/10),
   * unique-local (fc00::/7) or unspecified.
   */
  static boolean isPrivateAddress(URI uri) {
    InetAddress address = address(uri);
    if (address == null) {
      return false;
    }
    byte[] bytes = address.getAddress();
    return address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || (bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC);
  }

  /**
   * The address of an IP-literal host, or null for a name. Only a literal is ever parsed, never a
   * name looked up: an IPv4 literal is read octet by octet, and {@link InetAddress#getByName} is
   * only given an IPv6 literal (it contains ':'), which it parses or refuses without a lookup.
   */
  private static InetAddress address(URI uri) {
    String host = uri.getHost();
    try {
      if (host.startsWith("[")) {
        return InetAddress.getByName(host.substring(1, host.length() - 1));
      }
      if (!isIpLiteral(uri)) {
        return null;
      }
      String[] octets = host.split("\\.");
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int octet = octets[i].length() > 3 ? 256 : Integer.parseInt(octets[i]);
        if (octet > 255) {
          return null;
        }
        bytes[i] = (byte) octet;
      }
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** An IPv4 or IPv6 literal: HubSpot's OAuth redirects need a domain name. */
  static boolean isIpLiteral(URI uri) {
    String host = uri.getHost();
    return host.startsWith("[") || host.matches("[0-9]+(\\.[0-9]+){3}");
  }

  /**
   * An https:// URL HubSpot's servers can call: a host that is neither this machine nor an address
   * of a private network (HubSpot's docs: a publicly available endpoint).
   */
  static boolean isPublicHttpsUrl(String value) {
    URI uri = parse(value);
    return uri != null && isHttps(uri) && !isLocalhost(uri) && !isPrivateAddress(uri);
  }

  /** A valid https:// URL with a host. */
  static boolean isHttpsUrl(String value) {
    URI uri = parse(value);
    return uri != null && isHttps(uri);
  }
}
