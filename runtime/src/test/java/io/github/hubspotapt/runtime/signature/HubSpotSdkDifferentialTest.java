package io.github.hubspotapt.runtime.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.hubspotapt.runtime.HubSpotRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Our signatures against HubSpot's own implementation, the Node SDK's {@code Signature} helper,
 * over thousands of random requests: the SDK computes the same signature, takes ours as valid, and
 * our verifier accepts the SDK's. URLs carry no escapes, since the SDK decodes none (our decoding
 * has vectors of its own in {@link SignaturesTest}).
 */
class HubSpotSdkDifferentialTest {

  private static final int CASES_PER_VERSION = 1500;
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static final String URL_CHARACTERS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";
  private static final JsonFactory JSON = new JsonFactory();

  private final long seed = Long.getLong("hubspot.differential.seed", System.nanoTime());
  private final Random random = new Random(seed);

  @Test
  void ourSignaturesAndHubSpotsNodeSdkAgreeBothWays() throws Exception {
    HubSpotNodeSdk sdk = HubSpotNodeSdk.install();
    List<Case> cases = new ArrayList<>();
    for (SignatureVersion version : SignatureVersion.values()) {
      for (int i = 0; i < CASES_PER_VERSION; i++) {
        cases.add(randomCase(version));
      }
    }
    List<String> lines = new ArrayList<>();
    for (Case c : cases) {
      lines.add(c.json());
    }
    List<String> answers = sdk.answer(lines);
    assertEquals(cases.size(), answers.size(), "one answer per case from the SDK");

    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      Map<String, String> answer = parse(answers.get(i));
      SignatureVerifier verifier =
          SignatureVerifier.builder(c.secret).accept(SignatureVersion.values()).build();
      String theirs = answer.get("signature");
      if (!c.ours.equals(theirs)) {
        disagreements.add(
            "signatures differ (ours " + c.ours + ", SDK " + answer + "): " + c.json());
      } else if (!"true".equals(answer.get("valid"))) {
        disagreements.add("the SDK refuses our signature (" + answer + "): " + c.json());
      } else if (!verifier.verify(c.request(theirs, c.body), c.declaredUrl()).verified()) {
        disagreements.add(
            "we refuse the SDK's signature: "
                + verifier.verify(c.request(theirs, c.body), c.declaredUrl()).refusal()
                + ": "
                + c.json());
      } else if (verifier.verify(c.request(theirs, c.body + "x"), c.declaredUrl()).verified()) {
        disagreements.add("we accept the SDK's signature for another body: " + c.json());
      }
    }
    assertTrue(
        disagreements.isEmpty(),
        disagreements.size()
            + " of "
            + cases.size()
            + " cases disagree (seed "
            + seed
            + ", -Dhubspot.differential.seed repeats it); the first:\n"
            + String.join("\n", disagreements.subList(0, Math.min(5, disagreements.size()))));
  }

  private Case randomCase(SignatureVersion version) {
    String method = METHODS.get(random.nextInt(METHODS.size()));
    String secret =
        random.nextInt(4) == 0
            ? word(1 + random.nextInt(8)) + text(random.nextInt(32))
            : new UUID(random.nextLong(), random.nextLong()).toString();
    String body = random.nextInt(6) == 0 ? "" : text(random.nextInt(600));
    String url = randomUrl();
    String timestamp =
        version == SignatureVersion.V3
            ? Long.toString(System.currentTimeMillis() - random.nextInt(200_000))
            : null;
    return new Case(version, method, secret, url, body, timestamp);
  }

  private String randomUrl() {
    StringBuilder url =
        new StringBuilder(random.nextBoolean() ? "https://" : "http://")
            .append(word(3 + random.nextInt(10)).toLowerCase(Locale.ROOT))
            .append(".example.com");
    if (random.nextInt(5) == 0) {
      url.append(':').append(1 + random.nextInt(65535));
    }
    int segments = random.nextInt(5);
    for (int i = 0; i < segments; i++) {
      url.append('/').append(word(1 + random.nextInt(12)));
    }
    if (segments == 0 || random.nextInt(4) == 0) {
      url.append('/');
    }
    int parameters = random.nextInt(4);
    for (int i = 0; i < parameters; i++) {
      url.append(i == 0 ? '?' : '&')
          .append(word(1 + random.nextInt(8)))
          .append('=')
          .append(word(random.nextInt(10)));
    }
    return url.toString();
  }

  private String word(int length) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append(URL_CHARACTERS.charAt(random.nextInt(URL_CHARACTERS.length())));
    }
    return word.toString();
  }

  /**
   * Any text: JSON punctuation, Latin, CJK, emoji (surrogate pairs), control characters; no lone
   * surrogate.
   */
  private String text(int codePoints) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < codePoints; i++) {
      int kind = random.nextInt(10);
      int codePoint;
      if (kind < 5) {
        codePoint = 0x20 + random.nextInt(0x5f);
      } else if (kind < 7) {
        codePoint = 0xa0 + random.nextInt(0x2000);
      } else if (kind < 8) {
        codePoint = 0x4e00 + random.nextInt(0x5000);
      } else if (kind < 9) {
        codePoint = 0x1f300 + random.nextInt(0x300);
      } else {
        codePoint = random.nextInt(0x20);
      }
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }

  private static Map<String, String> parse(String line) throws IOException {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser parser = JSON.createParser(line)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        fields.put(name, parser.getValueAsString());
      }
    }
    return fields;
  }

  /** One random request, with the signature we compute for it. */
  private static final class Case {
    final SignatureVersion version;
    final String method;
    final String secret;
    final String url;
    final String body;
    final String timestamp;
    final String ours;

    Case(
        SignatureVersion version,
        String method,
        String secret,
        String url,
        String body,
        String timestamp) {
      this.version = version;
      this.method = method;
      this.secret = secret;
      this.url = url;
      this.body = body;
      this.timestamp = timestamp;
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      this.ours =
          switch (version) {
            case V1 -> Signatures.v1(secret, bytes);
            case V2 -> Signatures.v2(secret, method, url, bytes);
            case V3 -> Signatures.v3(secret, method, url, bytes, timestamp);
          };
    }

    /** The URL without its query: the query comes from the request, as behind a proxy. */
    String declaredUrl() {
      int query = url.indexOf('?');
      return query < 0 ? url : url.substring(0, query);
    }

    /**
     * The request as a server behind a proxy sees it: path and query only, with the SDK's
     * signature.
     */
    HubSpotRequest request(String signature, String sentBody) {
      int path = url.indexOf('/', url.indexOf("//") + 2);
      Map<String, List<String>> headers = new HashMap<>();
      if (version == SignatureVersion.V3) {
        headers.put("X-HubSpot-Signature-v3", List.of(signature));
        headers.put("X-HubSpot-Request-Timestamp", List.of(timestamp));
      } else {
        headers.put("X-HubSpot-Signature", List.of(signature));
        headers.put("X-HubSpot-Signature-Version", List.of(version.headerValue()));
      }
      return HubSpotRequest.of(
          method, url.substring(path), headers, sentBody.getBytes(StandardCharsets.UTF_8));
    }

    String json() {
      StringWriter out = new StringWriter();
      try (JsonGenerator json = JSON.createGenerator(out)) {
        json.writeStartObject();
        json.writeStringField("version", version.headerValue());
        json.writeStringField("method", method);
        json.writeStringField("secret", secret);
        json.writeStringField("url", url);
        json.writeStringField("body", body);
        if (timestamp != null) {
          json.writeStringField("timestamp", timestamp);
        }
        json.writeStringField("ours", ours);
        json.writeEndObject();
      } catch (IOException e) {
        throw new IllegalStateException("writing JSON to a string", e);
      }
      return out.toString();
    }
  }
}
