package io.github.hubspotapt.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The baseline's signature check: HubSpot's v3 recipe as its documentation shows it and a Java team
 * writes it today (a new Mac per call, the body turned into a String and concatenated, a
 * constant-time compare). It skips the URL decoding HubSpot applies: the benchmark's URLs have
 * nothing to decode, so the baseline is not charged for it.
 */
final class HandWrittenVerifier {

  private static final long MAX_AGE_MILLIS = 5 * 60 * 1000;

  private final String clientSecret;
  private final Clock clock;

  HandWrittenVerifier(String clientSecret, Clock clock) {
    this.clientSecret = clientSecret;
    this.clock = clock;
  }

  boolean isValid(String method, String url, byte[] body, String signature, String timestamp) {
    if (signature == null || timestamp == null) {
      return false;
    }
    long signedAt;
    try {
      signedAt = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      return false;
    }
    if (clock.millis() - signedAt > MAX_AGE_MILLIS) {
      return false;
    }
    String source = method + url + new String(body, StandardCharsets.UTF_8) + timestamp;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] expected =
          Base64.getEncoder().encode(mac.doFinal(source.getBytes(StandardCharsets.UTF_8)));
      return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
