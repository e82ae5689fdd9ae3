package io.github.hubspotapt.runtime.servlet;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Requests signed as HubSpot signs them, written from HubSpot's description of v3 and independent
 * of the run time's verifier: Base64 of HMAC-SHA256, keyed with the client secret, over method, the
 * URL HubSpot called, the raw body and the timestamp in milliseconds. In the URL, HubSpot decodes
 * the escapes of {@code : / ? @ ! $ ' ( ) * , ;} first.
 */
public final class HubSpotSigning {

  private HubSpotSigning() {}

  private static final Map<String, String> DECODED =
      Map.ofEntries(
          Map.entry("%3A", ":"),
          Map.entry("%2F", "/"),
          Map.entry("%3F", "?"),
          Map.entry("%40", "@"),
          Map.entry("%21", "!"),
          Map.entry("%24", "$"),
          Map.entry("%27", "'"),
          Map.entry("%28", "("),
          Map.entry("%29", ")"),
          Map.entry("%2A", "*"),
          Map.entry("%2C", ","),
          Map.entry("%3B", ";"));
  private static final Pattern ESCAPE = Pattern.compile("%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)");

  /** The v3 signature of one request. */
  public static String v3(String secret, String method, String url, byte[] body, long timestamp) {
    String decoded =
        ESCAPE
            .matcher(url)
            .replaceAll(escape -> Matcher.quoteReplacement(DECODED.get(escape.group())));
    ByteArrayOutputStream signed = new ByteArrayOutputStream();
    signed.writeBytes((method + decoded).getBytes(StandardCharsets.UTF_8));
    signed.writeBytes(body);
    signed.writeBytes(Long.toString(timestamp).getBytes(StandardCharsets.UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(signed.toByteArray()));
    } catch (GeneralSecurityException e) {
      throw new AssertionError("every JDK has HmacSHA256", e);
    }
  }

  /**
   * A request to {@code server + target}, signed over {@code publicBase + target}: the URL HubSpot
   * called, which a proxy or tunnel in front of the server may have changed.
   *
   * @param server where the request is sent ({@code http://127.0.0.1:8080/internal})
   * @param publicBase the scheme, host and any path prefix HubSpot called ({@code
   *     https://acme.example})
   * @param target path and query below both ({@code /hubspot/webhooks?x=1})
   */
  public static HttpRequest signed(
      String server,
      String publicBase,
      String method,
      String target,
      byte[] body,
      String secret,
      long timestamp) {
    return HttpRequest.newBuilder(URI.create(server + target))
        .method(
            method, body.length == 0 ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body))
        .header("Content-Type", "application/json")
        .header("X-HubSpot-Signature-v3", v3(secret, method, publicBase + target, body, timestamp))
        .header("X-HubSpot-Request-Timestamp", Long.toString(timestamp))
        .build();
  }
}
