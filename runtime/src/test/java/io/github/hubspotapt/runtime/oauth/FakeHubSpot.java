package io.github.hubspotapt.runtime.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HubSpot's token and callback endpoints on 127.0.0.1, answering as HubSpot's OpenAPI specs and
 * docs say: form-encoded {@code /oauth/2026-03/token} (authorization_code with S256 PKCE checked
 * independently of {@link Pkce}, refresh_token, client_credentials), {@code .../introspect}, {@code
 * .../revoke}, RFC 6749 errors, and the 2026-03 callback completions (Bearer token checked, 204).
 * Tests script failures ahead of the normal answers (429 with {@code Retry-After}, 5xx) and read
 * every request received.
 */
public final class FakeHubSpot implements AutoCloseable {

  public static final String CLIENT_ID = "client-id-7f3a";
  public static final String CLIENT_SECRET = "s3cr3t-4b1d-9c2e-client";
  public static final long HUB_ID = 62515;
  public static final long USER_ID = 75514748;

  /** A request as received. */
  public record Received(
      String method, String path, Map<String, String> form, String authorization, String body) {}

  /** A scripted answer. */
  private record Scripted(int status, String retryAfter, String body) {}

  /** What a code was issued for. */
  private record Grant(String redirectUri, String challenge) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Scripted>> scripted = new ConcurrentHashMap<>();
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
  private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
  private final Set<String> pendingCallbacks = ConcurrentHashMap.newKeySet();
  private final List<String> completions = new CopyOnWriteArrayList<>();
  private final AtomicInteger issued = new AtomicInteger();
  private volatile long refreshDelayMillis;
  private volatile boolean hubIdInTokenResponse = true;

  public FakeHubSpot() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            answer(exchange);
          }
        });
    server.start();
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public TokenClient.Builder client() {
    return TokenClient.builder(CLIENT_ID, CLIENT_SECRET).baseUri(baseUri());
  }

  /**
   * A code HubSpot puts in the install redirect, bound to the redirect URL and a PKCE challenge (or
   * null).
   */
  public String issueCode(String redirectUri, String challenge) {
    String code = "code-" + issued.incrementAndGet();
    codes.put(code, new Grant(redirectUri, challenge));
    return code;
  }

  /** An account's refresh token, as if installed earlier. */
  public String issueRefreshToken() {
    String token = "rt-" + issued.incrementAndGet() + "-na1-8f1d";
    refreshTokens.add(token);
    return token;
  }

  /** Kills a refresh token, as an uninstall does. */
  public void killRefreshToken(String token) {
    refreshTokens.remove(token);
  }

  /** An execution waiting for its callback. */
  public void block(String callbackId) {
    pendingCallbacks.add(callbackId);
  }

  /** Answers the next request to a path with a status, before the normal answer. */
  public void script(String path, int status, String retryAfter, String body) {
    scripted
        .computeIfAbsent(path, p -> new ArrayDeque<>())
        .add(new Scripted(status, retryAfter, body));
  }

  public void refreshDelayMillis(long millis) {
    refreshDelayMillis = millis;
  }

  public void omitHubIdFromTokenResponses() {
    hubIdInTokenResponse = false;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public long count(String path, String grantType) {
    return received.stream()
        .filter(
            r ->
                r.path().equals(path)
                    && (grantType == null || grantType.equals(r.form().get("grant_type"))))
        .count();
  }

  public List<String> completions() {
    return List.copyOf(completions);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    Map<String, String> form =
        "application/x-www-form-urlencoded".equals(contentType) ? form(body) : Map.of();
    received.add(
        new Received(
            exchange.getRequestMethod(),
            path,
            form,
            exchange.getRequestHeaders().getFirst("Authorization"),
            body));
    Deque<Scripted> queue = scripted.get(path);
    Scripted next;
    synchronized (this) {
      next = queue == null ? null : queue.poll();
    }
    if (next != null) {
      if (next.retryAfter() != null) {
        exchange.getResponseHeaders().add("Retry-After", next.retryAfter());
      }
      send(exchange, next.status(), next.body());
      return;
    }
    if (!exchange.getRequestMethod().equals("POST")) {
      send(exchange, 405, "");
    } else if (path.startsWith("/oauth/2026-03/token")) {
      oauth(exchange, path, contentType, form);
    } else if (path.startsWith("/automation/actions/callbacks/2026-03/")) {
      callback(exchange, path, body);
    } else {
      send(exchange, 404, hubSpotError("NOT_FOUND", "no such endpoint"));
    }
  }

  private void oauth(
      HttpExchange exchange, String path, String contentType, Map<String, String> form)
      throws IOException {
    if (!"application/x-www-form-urlencoded".equals(contentType)) {
      send(exchange, 400, oauthError("invalid_request", "form-encoded body required"));
    } else if (!CLIENT_ID.equals(form.get("client_id"))
        || !CLIENT_SECRET.equals(form.get("client_secret"))) {
      // As some servers do, the description repeats what it was given: the client must not show it.
      send(
          exchange,
          401,
          oauthError("invalid_client", "unknown client secret " + form.get("client_secret")));
    } else if (path.equals("/oauth/2026-03/token")) {
      token(exchange, form);
    } else if (path.equals("/oauth/2026-03/token/introspect")) {
      String token = form.getOrDefault("token", "");
      boolean active = accessTokens.contains(token) || refreshTokens.contains(token);
      send(
          exchange,
          200,
          active
              ? "{\"token_use\":\""
                  + form.get("token_type_hint")
                  + "\",\"active\":true,"
                  + "\"token\":\""
                  + token
                  + "\",\"hub_id\":"
                  + HUB_ID
                  + ",\"user_id\":"
                  + USER_ID
                  + ",\"client_id\":\""
                  + CLIENT_ID
                  + "\",\"app_id\":4321,\"scopes\":[\"oauth\",\"automation\"],\"signed_access_token\":"
                  + "{\"appId\":4321,\"expiresAt\":1,\"hubId\":"
                  + HUB_ID
                  + "},\"expires_in\":1700,"
                  + "\"is_private_distribution\":false,\"token_type\":\"bearer\",\"user\":\"user@example.com\","
                  + "\"hub_domain\":\"example.hubspot.com\"}"
              : "{\"active\":false}");
    } else if (path.equals("/oauth/2026-03/token/revoke")) {
      String token = form.getOrDefault("token", "");
      refreshTokens.remove(token);
      accessTokens.remove(token);
      send(exchange, 200, "");
    } else {
      send(exchange, 404, hubSpotError("NOT_FOUND", "no such endpoint"));
    }
  }

  private void token(HttpExchange exchange, Map<String, String> form) throws IOException {
    String grantType = form.getOrDefault("grant_type", "");
    switch (grantType) {
      case "authorization_code" -> {
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        if (grant == null || !grant.redirectUri().equals(form.get("redirect_uri"))) {
          send(exchange, 400, oauthError("invalid_grant", "code is used, expired or unknown"));
        } else if (grant.challenge() != null
            && !grant.challenge().equals(s256(form.get("code_verifier")))) {
          send(
              exchange,
              400,
              oauthError("invalid_grant", "code_verifier does not match code_challenge"));
        } else {
          String refreshToken = issueRefreshToken();
          send(exchange, 200, tokenResponse(refreshToken));
        }
      }
      case "refresh_token" -> {
        sleep(refreshDelayMillis);
        String refreshToken = form.getOrDefault("refresh_token", "");
        if (refreshTokens.contains(refreshToken)) {
          send(exchange, 200, tokenResponse(refreshToken));
        } else {
          send(exchange, 400, oauthError("invalid_grant", "refresh token is revoked or unknown"));
        }
      }
      case "client_credentials" -> send(exchange, 200, tokenResponse(null));
      default ->
          send(exchange, 400, oauthError("unsupported_grant_type", "grant type " + grantType));
    }
  }

  private String tokenResponse(String refreshToken) {
    // Access tokens "may be up to 300 characters" [DOC]: issue long ones.
    String accessToken = "at-" + issued.incrementAndGet() + "-" + "A1b2C3d4".repeat(36);
    accessTokens.add(accessToken);
    return "{\"token_use\":\"access_token\",\"token_type\":\"bearer\","
        + (refreshToken == null ? "" : "\"refresh_token\":\"" + refreshToken + "\",")
        + "\"access_token\":\""
        + accessToken
        + "\",\"expires_in\":1800,"
        + (hubIdInTokenResponse ? "\"hub_id\":" + HUB_ID + "," : "")
        + "\"scopes\":[\"oauth\",\"automation\"],\"user_id\":"
        + USER_ID
        + "}";
  }

  private void callback(HttpExchange exchange, String path, String body) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization == null
        || !authorization.startsWith("Bearer ")
        || !accessTokens.contains(authorization.substring("Bearer ".length()))) {
      send(
          exchange,
          401,
          hubSpotError("INVALID_AUTHENTICATION", "Authentication credentials not found"));
      return;
    }
    if (path.equals("/automation/actions/callbacks/2026-03/complete")) {
      completions.add(body);
      send(exchange, 204, "");
      return;
    }
    String callbackId =
        URLDecoder.decode(
            path.substring(
                "/automation/actions/callbacks/2026-03/".length(),
                path.length() - "/complete".length()),
            StandardCharsets.UTF_8);
    if (!pendingCallbacks.remove(callbackId)) {
      send(
          exchange,
          400,
          hubSpotError("VALIDATION_ERROR", "callback " + callbackId + " is not waiting"));
      return;
    }
    completions.add(callbackId + " " + body);
    send(exchange, 204, "");
  }

  private static String s256(String verifier) {
    if (verifier == null) {
      return null;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String oauthError(String error, String description) {
    return "{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}";
  }

  static String hubSpotError(String category, String message) {
    return "{\"status\":\"error\",\"message\":\""
        + message
        + "\",\"correlationId\":"
        + "\"aeb5f871-7f07-4993-9211-075dc63e7cbf\",\"category\":\""
        + category
        + "\"}";
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0) {
      exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
