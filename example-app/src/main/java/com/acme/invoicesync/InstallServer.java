package com.acme.invoicesync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.hubspotapt.runtime.HubSpotCallException;
import io.github.hubspotapt.runtime.oauth.AccessTokens;
import io.github.hubspotapt.runtime.oauth.InMemoryTokenStore;
import io.github.hubspotapt.runtime.oauth.TokenClient;
import io.github.hubspotapt.runtime.oauth.Tokens;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Installs Acme Invoice Sync into a HubSpot test account from this machine. Open {@code
 * http://localhost:3000/}: the browser goes to HubSpot's install page with the scopes of
 * {@code @Auth}, and HubSpot's redirect to {@code /oauth/callback} is answered by exchanging the
 * code for tokens, using the generated {@link AcmeInvoiceSyncAppOAuth} with the redirect URLs of
 * the app's {@code local} profile. The install uses PKCE: each one has its own code verifier, kept
 * with its state, whose challenge goes in the install URL and which itself goes only in the code
 * exchange. The tokens go to an {@link AccessTokens}, which refreshes the access token before it
 * expires (HubSpot's last 30 minutes), one refresh at a time, for as long as the process runs.
 *
 * <p>The client id and secret come from the environment variables {@code HUBSPOT_CLIENT_ID} and
 * {@code HUBSPOT_CLIENT_SECRET} and are never printed; neither are the tokens. The port is the
 * first argument, else {@code PORT}, else 3000; {@code http://localhost:<port>/oauth/callback} must
 * be one of the local profile's redirect URLs.
 */
public final class InstallServer {

  private final AcmeInvoiceSyncAppOAuth oauth = AcmeInvoiceSyncAppOAuth.profile("local");
  private final SecureRandom random = new SecureRandom();

  /** The code verifier of each install under way, by its state. */
  private final Map<String, String> pendingVerifiers = new ConcurrentHashMap<>();

  private final String clientId;
  private final TokenClient tokenClient;
  private final AccessTokens tokens;
  private final String redirectUri;

  private InstallServer(
      String clientId, TokenClient tokenClient, AccessTokens tokens, String redirectUri) {
    this.clientId = clientId;
    this.tokenClient = tokenClient;
    this.tokens = tokens;
    this.redirectUri = redirectUri;
  }

  /**
   * Starts the server on localhost.
   *
   * @param args the port, optionally
   * @throws IOException if the port cannot be bound
   */
  public static void main(String[] args) throws IOException {
    int port =
        Integer.parseInt(args.length > 0 ? args[0] : System.getenv().getOrDefault("PORT", "3000"));
    String redirectUri = "http://localhost:" + port + "/oauth/callback";
    List<String> redirectUrls = AcmeInvoiceSyncAppOAuth.profile("local").redirectUrls();
    if (!redirectUrls.contains(redirectUri)) {
      exit(redirectUri + " is not one of the local profile's redirect URLs " + redirectUrls);
    }
    String clientId = env("HUBSPOT_CLIENT_ID");
    TokenClient client = TokenClient.builder(clientId, env("HUBSPOT_CLIENT_SECRET")).build();
    start(port, clientId, client, new AccessTokens(client, new InMemoryTokenStore()));
    System.out.println(
        "Open http://localhost:"
            + port
            + "/ to install "
            + AcmeInvoiceSyncAppOAuth.APP_UID
            + " into a HubSpot test account (Ctrl+C to stop).");
  }

  /**
   * Starts the install flow on localhost, keeping each install's tokens in {@code tokens}.
   *
   * @param port the port; its {@code /oauth/callback} must be one of the local profile's redirect
   *     URLs
   * @param clientId the app's client id
   * @param client exchanges the codes
   * @param tokens keeps and refreshes the tokens
   * @return the started server
   * @throws IOException if the port cannot be bound
   */
  static HttpServer start(int port, String clientId, TokenClient client, AccessTokens tokens)
      throws IOException {
    InstallServer install =
        new InstallServer(clientId, client, tokens, "http://localhost:" + port + "/oauth/callback");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", install::start);
    server.createContext("/oauth/callback", install::callback);
    server.start();
    return server;
  }

  /**
   * Sends the browser to HubSpot's install page, with a fresh state to recognise the redirect back
   * by and a fresh PKCE verifier for the code exchange.
   */
  private void start(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getPath().equals("/")) {
      respond(exchange, 404, "Not found");
      return;
    }
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    String verifier = AcmeInvoiceSyncAppOAuth.newCodeVerifier();
    pendingVerifiers.put(state, verifier);
    exchange
        .getResponseHeaders()
        .set("Location", oauth.authorizationUrl(clientId, redirectUri, state, verifier).toString());
    respond(exchange, 302, "Redirecting to HubSpot");
  }

  /** HubSpot's redirect after the install: exchanges the code and prints what is not secret. */
  private void callback(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    String verifier = pendingVerifiers.remove(query.getOrDefault("state", ""));
    if (verifier == null) {
      respond(exchange, 400, "Unknown state: start the install at /");
    } else if (query.containsKey("error") || !query.containsKey("code")) {
      respond(exchange, 400, "Install not completed: " + query.getOrDefault("error", "no code"));
    } else {
      try {
        long hubId =
            tokens.installed(
                tokenClient.exchangeCode(query.get("code"), URI.create(redirectUri), verifier));
        Tokens installed = tokens.tokens(hubId);
        System.out.println(
            "Installed into HubSpot account "
                + hubId
                + "; the access token expires at "
                + installed.expiresAt()
                + " and is refreshed before then");
        respond(exchange, 200, "Installed. You can close this tab.");
      } catch (HubSpotCallException e) {
        // Its message names HubSpot's RFC 6749 error or status, never the secret, the code or a
        // token.
        System.out.println("Token exchange failed: " + e.getMessage());
        respond(exchange, 502, "Token exchange failed, see the console.");
      }
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> parameters = new HashMap<>();
    for (String pair : raw == null ? new String[0] : raw.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        parameters.put(
            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return parameters;
  }

  private static void respond(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      exit("Set " + name + " (the app's Auth tab in HubSpot) in the environment.");
    }
    return value;
  }

  private static void exit(String message) {
    System.err.println(message);
    System.exit(2);
  }
}
