package com.acme.invoicesync;

import io.github.hubspotapt.runtime.HubSpotEndpoints;
import io.github.hubspotapt.runtime.jdk.HubSpotHttpServer;
import io.github.hubspotapt.runtime.oauth.AccessTokens;
import io.github.hubspotapt.runtime.oauth.InMemoryTokenStore;
import io.github.hubspotapt.runtime.oauth.TokenClient;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Serves what HubSpot sends Acme Invoice Sync: the deal webhooks and the "Create Acme invoice"
 * workflow action, at the paths of the URLs the app's HubSpot profile declares ({@code
 * /hubspot/webhooks}, {@code /hubspot/actions/create-invoice}), through the generated {@link
 * AcmeInvoiceSyncAppEndpoints}. Every request is verified by HubSpot's v3 signature against the
 * declared public URL before it is read, so the server works behind the profile's tunnel or a
 * TLS-terminating proxy.
 *
 * <p>The port is the first argument, else {@code PORT}, else 8080; the client id and secret come
 * from {@code HUBSPOT_CLIENT_ID} and {@code HUBSPOT_CLIENT_SECRET} (never printed); the profile
 * from {@code HUBSPOT_PROFILE}, default {@code local}. The same process runs {@link
 * InstallServer}'s install flow on localhost:3000, whose tokens the invoices use to complete
 * blocked executions and send app events.
 */
public final class HubSpotServer {

  /**
   * The install flow's port: the local profile's redirect URL is {@code
   * http://localhost:3000/oauth/callback}.
   */
  private static final int INSTALL_PORT = 3000;

  private HubSpotServer() {}

  /**
   * Starts the server on all interfaces.
   *
   * @param args the port, optionally
   * @throws IOException if the port cannot be bound
   */
  public static void main(String[] args) throws IOException {
    int port =
        Integer.parseInt(args.length > 0 ? args[0] : System.getenv().getOrDefault("PORT", "8080"));
    String secret = System.getenv("HUBSPOT_CLIENT_SECRET");
    if (secret == null || secret.isBlank()) {
      System.err.println(
          "Set HUBSPOT_CLIENT_SECRET (the app's Auth tab in HubSpot) in the environment.");
      System.exit(2);
    }
    String clientId = System.getenv("HUBSPOT_CLIENT_ID");
    if (clientId == null || clientId.isBlank()) {
      System.err.println(
          "Set HUBSPOT_CLIENT_ID (the app's Auth tab in HubSpot) in the environment.");
      System.exit(2);
    }
    String profile = System.getenv().getOrDefault("HUBSPOT_PROFILE", "local");
    TokenClient tokenClient = TokenClient.builder(clientId, secret).build();
    AccessTokens tokens = new AccessTokens(tokenClient, new InMemoryTokenStore());
    Invoices invoices = new Invoices(tokens, TokenClient.HUBSPOT_API);
    HubSpotHttpServer server =
        start(new InetSocketAddress(port), endpoints(secret, profile, invoices));
    InstallServer.start(INSTALL_PORT, clientId, tokenClient, tokens);
    System.out.println(
        "Serving "
            + AcmeInvoiceSyncAppEndpoints.urls(profile).values()
            + " on port "
            + server.address().getPort()
            + "; install at http://localhost:"
            + INSTALL_PORT
            + "/ (Ctrl+C to stop).");
  }

  /** The app's endpoints under {@code profile}, handled by {@code invoices}. */
  static HubSpotEndpoints endpoints(String clientSecret, String profile, Invoices invoices) {
    return AcmeInvoiceSyncAppEndpoints.builder()
        .clientSecret(clientSecret)
        .profile(profile)
        .dealWebhooks(new DealWebhooks(invoices))
        .createInvoice(invoices)
        .build();
  }

  /** A started JDK HTTP server at {@code address} serving {@code endpoints}. */
  static HubSpotHttpServer start(InetSocketAddress address, HubSpotEndpoints endpoints)
      throws IOException {
    return HubSpotHttpServer.start(address, endpoints);
  }
}
