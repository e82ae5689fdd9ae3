package io.github.hubspotapt.runtime.signature;

import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.RequestVerifier;
import io.github.hubspotapt.runtime.Verification;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;

/**
 * Verifies that a request comes from HubSpot by its signature, made with the app's client secret.
 *
 * <p>v3 only by default: v1 and v2 have no timestamp, so a captured request stays valid forever; an
 * app that needs them (legacy CRM card fetches are signed v2 only) turns them on with {@link
 * Builder#accept}. When a request carries {@code X-HubSpot-Signature-v3} and v3 is accepted, v3
 * decides, whatever older signature comes beside it.
 *
 * <p>The URL verified is the public one the project declares, not the one this server sees: behind
 * a proxy that terminates TLS the server sees {@code http://} and its own host, while HubSpot
 * signed the {@code https://} URL it called. When the request has a query, it replaces the declared
 * URL's query (HubSpot adds parameters, such as {@code appId} to {@code hubspot.fetch} calls);
 * without one, the declared URL is verified as declared.
 *
 * <p>A refusal names what is wrong and never holds a signature, the secret, a header value or the
 * body; {@link #toString()} never shows the secret.
 */
public final class SignatureVerifier implements RequestVerifier {

  /** HubSpot's own limit on the age of a v3 timestamp: 5 minutes. */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(5);

  /**
   * How far in the future a v3 timestamp may be: 1 minute. HubSpot documents no limit; a future
   * timestamp can only mean that the clocks differ, and a minute is far more than NTP-synchronised
   * hosts differ by, while a window as long as {@link #DEFAULT_MAX_AGE} would let a captured
   * request be replayed for twice as long.
   */
  public static final Duration DEFAULT_MAX_FUTURE = Duration.ofMinutes(1);

  private static final String V3_SIGNATURE = "X-HubSpot-Signature-v3";
  private static final String TIMESTAMP = "X-HubSpot-Request-Timestamp";
  private static final String SIGNATURE = "X-HubSpot-Signature";
  private static final String VERSION = "X-HubSpot-Signature-Version";

  /** Epoch milliseconds as HubSpot writes them; 18 digits at most, so that they fit a long. */
  private static final int MAX_TIMESTAMP_DIGITS = 18;

  private final String clientSecret;

  /**
   * Keyed once; each v3 check works on a clone, as keying (and looking the algorithm up) costs more
   * than cloning.
   */
  private final Mac v3Key;

  private final Set<SignatureVersion> accepted;
  private final Clock clock;
  private final Duration maxAge;
  private final Duration maxFuture;

  private SignatureVerifier(Builder builder) {
    this.clientSecret = builder.clientSecret;
    this.v3Key = Signatures.hmacSha256(clientSecret);
    this.accepted = Set.copyOf(builder.accepted);
    this.clock = builder.clock;
    this.maxAge = builder.maxAge;
    this.maxFuture = builder.maxFuture;
  }

  /**
   * A verifier with the defaults: v3 only, the system clock, 5 minutes of age, 1 minute into the
   * future.
   *
   * @param clientSecret the app's client secret
   * @return the verifier
   * @throws IllegalArgumentException when the secret is null or blank
   */
  public static SignatureVerifier of(String clientSecret) {
    return builder(clientSecret).build();
  }

  /**
   * A builder, with the defaults of {@link #of(String)}.
   *
   * @param clientSecret the app's client secret
   * @return the builder
   * @throws IllegalArgumentException when the secret is null or blank
   */
  public static Builder builder(String clientSecret) {
    return new Builder(clientSecret);
  }

  /** The versions accepted. */
  public Set<SignatureVersion> accepted() {
    return accepted;
  }

  /**
   * Verifies a request sent to a URL the project declares.
   *
   * @param request the request as received
   * @param declaredUrl the URL the project declares for this endpoint, after profile substitution;
   *     its query is replaced by the request's, when the request has one
   * @return verified, or refused with the reason
   */
  @Override
  public Verification verify(HubSpotRequest request, String declaredUrl) {
    Objects.requireNonNull(declaredUrl, "declaredUrl");
    String query = request.rawQuery();
    return verifyAnyUrl(
        request, List.of(query == null ? declaredUrl : withoutQuery(declaredUrl) + "?" + query));
  }

  /**
   * Verifies a request that HubSpot may have sent to any of several URLs: verified when it is
   * signed for one of them. For back ends that several public URLs reach ({@link
   * PermittedFetchVerifier}).
   *
   * @param request the request as received
   * @param signedUrls the candidate URLs, each whole as HubSpot would have called it, query
   *     included
   * @return verified, or refused with the reason
   */
  public Verification verifyAnyUrl(HubSpotRequest request, List<String> signedUrls) {
    String v3 = header(request, V3_SIGNATURE);
    if (v3 != null && accepted.contains(SignatureVersion.V3)) {
      return verifyV3(request, v3, signedUrls);
    }
    String legacy = header(request, SIGNATURE);
    if (legacy != null) {
      return verifyLegacy(request, legacy, signedUrls);
    }
    if (v3 != null) {
      return notAccepted(SignatureVersion.V3);
    }
    return Verification.refused(
        "no HubSpot signature: the request has no " + expectedHeaders() + " header");
  }

  private Verification verifyV3(HubSpotRequest request, String signature, List<String> urls) {
    String timestamp = header(request, TIMESTAMP);
    if (timestamp == null) {
      return Verification.refused("missing " + TIMESTAMP + " header beside " + V3_SIGNATURE);
    }
    if (!isEpochMillis(timestamp)) {
      return Verification.refused("unparsable " + TIMESTAMP + " header: not epoch milliseconds");
    }
    long age = clock.millis() - Long.parseLong(timestamp);
    if (age > maxAge.toMillis()) {
      return Verification.refused(
          "stale request: signed "
              + seconds(age)
              + " ago, more than the "
              + seconds(maxAge.toMillis())
              + " accepted ("
              + TIMESTAMP
              + ")");
    }
    if (-age > maxFuture.toMillis()) {
      return Verification.refused(
          "request timestamp "
              + seconds(-age)
              + " in the future, more than the "
              + seconds(maxFuture.toMillis())
              + " of clock difference accepted ("
              + TIMESTAMP
              + ")");
    }
    byte[] received = signature.getBytes(StandardCharsets.UTF_8);
    for (String url : urls) {
      byte[] digest =
          Signatures.v3Digest(keyedMac(), request.method(), url, request.body(), timestamp);
      // Constant time, as in matches(String, String).
      if (MessageDigest.isEqual(Base64.getEncoder().encode(digest), received)) {
        return Verification.accepted();
      }
    }
    return mismatch(V3_SIGNATURE, urls);
  }

  /**
   * Milliseconds as seconds, exactly: a refusal that rounded would read "60 s, more than the 60 s"
   * for a timestamp 60.001 s ahead. 61000 is {@code 61 s}, 60001 is {@code 60.001 s}.
   */
  private static String seconds(long millis) {
    return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
  }

  private static boolean isEpochMillis(String timestamp) {
    if (timestamp.isEmpty() || timestamp.length() > MAX_TIMESTAMP_DIGITS) {
      return false;
    }
    for (int i = 0; i < timestamp.length(); i++) {
      char c = timestamp.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A MAC keyed with the client secret, this call's own: a clone of the keyed one, or a new one.
   */
  private Mac keyedMac() {
    try {
      return (Mac) v3Key.clone();
    } catch (CloneNotSupportedException e) {
      return Signatures.hmacSha256(clientSecret);
    }
  }

  private Verification verifyLegacy(HubSpotRequest request, String signature, List<String> urls) {
    String version = header(request, VERSION);
    if (version == null) {
      return Verification.refused("missing " + VERSION + " header beside " + SIGNATURE);
    }
    if (version.equalsIgnoreCase(SignatureVersion.V1.headerValue())) {
      if (!accepted.contains(SignatureVersion.V1)) {
        return notAccepted(SignatureVersion.V1);
      }
      return matches(signature, Signatures.v1(clientSecret, request.body()))
          ? Verification.accepted()
          : mismatch(SIGNATURE + " (v1)", List.of());
    }
    if (version.equalsIgnoreCase(SignatureVersion.V2.headerValue())) {
      if (!accepted.contains(SignatureVersion.V2)) {
        return notAccepted(SignatureVersion.V2);
      }
      for (String url : urls) {
        if (matches(
            signature, Signatures.v2(clientSecret, request.method(), url, request.body()))) {
          return Verification.accepted();
        }
      }
      return mismatch(SIGNATURE + " (v2)", urls);
    }
    return Verification.refused(
        VERSION + " header names no signature version this verifier knows (v1, v2)");
  }

  /**
   * Constant time over the signature's bytes: the time taken tells nothing about how much of it
   * matched.
   */
  private static boolean matches(String received, String expected) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8));
  }

  private Verification notAccepted(SignatureVersion version) {
    return Verification.refused(
        "signature version "
            + version.headerValue()
            + " is not accepted (this verifier "
            + "accepts "
            + versions()
            + "; SignatureVerifier.builder(...).accept(...) turns others on)");
  }

  /**
   * Names the URLs without their queries: a query may carry personal data (legacy card fetches add
   * userEmail).
   */
  private static Verification mismatch(String header, List<String> urls) {
    String where =
        urls.isEmpty()
            ? ""
            : " for "
                + (urls.size() == 1 ? "" : "any of ")
                + urls.stream()
                    .map(SignatureVerifier::withoutQuery)
                    .collect(Collectors.joining(", "))
                + " (with the request's method, query and body)";
    return Verification.refused(
        "signature mismatch in " + header + ": not signed with this app's client secret" + where);
  }

  private String expectedHeaders() {
    boolean legacy =
        accepted.contains(SignatureVersion.V1) || accepted.contains(SignatureVersion.V2);
    if (!accepted.contains(SignatureVersion.V3)) {
      return SIGNATURE;
    }
    return legacy ? V3_SIGNATURE + " nor " + SIGNATURE : V3_SIGNATURE;
  }

  private String versions() {
    return Arrays.stream(SignatureVersion.values())
        .filter(accepted::contains)
        .map(SignatureVersion::headerValue)
        .collect(Collectors.joining(", "));
  }

  private static String header(HubSpotRequest request, String name) {
    String value = request.header(name);
    return value == null ? null : value.strip();
  }

  private static String withoutQuery(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  /** The settings, never the secret. */
  @Override
  public String toString() {
    return "SignatureVerifier[accepts "
        + versions()
        + ", max age "
        + seconds(maxAge.toMillis())
        + ", max future "
        + seconds(maxFuture.toMillis())
        + "]";
  }

  /** Builds a {@link SignatureVerifier}. */
  public static final class Builder {

    private final String clientSecret;
    private Set<SignatureVersion> accepted = EnumSet.of(SignatureVersion.V3);
    private Clock clock = Clock.systemUTC();
    private Duration maxAge = DEFAULT_MAX_AGE;
    private Duration maxFuture = DEFAULT_MAX_FUTURE;

    private Builder(String clientSecret) {
      if (clientSecret == null || clientSecret.isBlank()) {
        throw new IllegalArgumentException(
            "the client secret is empty: HubSpot signs with the app's client secret");
      }
      this.clientSecret = clientSecret;
    }

    /**
     * The versions to accept, replacing the default (v3 only): {@code accept(V3, V2)} turns v2 on
     * beside v3.
     *
     * @param versions one or more versions
     * @return this builder
     */
    public Builder accept(SignatureVersion... versions) {
      if (versions.length == 0) {
        throw new IllegalArgumentException("accept at least one signature version");
      }
      this.accepted = EnumSet.copyOf(Arrays.asList(versions));
      return this;
    }

    /**
     * The clock v3 timestamps are checked against.
     *
     * @param clock the clock; the system's by default
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How old a v3 timestamp may be.
     *
     * @param maxAge a positive duration; {@link #DEFAULT_MAX_AGE} by default
     * @return this builder
     */
    public Builder maxAge(Duration maxAge) {
      if (maxAge.isNegative() || maxAge.isZero()) {
        throw new IllegalArgumentException("maxAge must be positive, not " + maxAge);
      }
      this.maxAge = maxAge;
      return this;
    }

    /**
     * How far in the future a v3 timestamp may be, for clocks that differ.
     *
     * @param maxFuture zero or a positive duration; {@link #DEFAULT_MAX_FUTURE} by default
     * @return this builder
     */
    public Builder maxFuture(Duration maxFuture) {
      if (maxFuture.isNegative()) {
        throw new IllegalArgumentException("maxFuture must not be negative, not " + maxFuture);
      }
      this.maxFuture = maxFuture;
      return this;
    }

    /** The verifier. */
    public SignatureVerifier build() {
      return new SignatureVerifier(this);
    }

    /** Never the secret. */
    @Override
    public String toString() {
      return "SignatureVerifier.Builder[accepts " + accepted + "]";
    }
  }
}
