package io.github.hubspotapt.runtime.servlet;

import com.acme.invoicesync.Invoices;
import io.github.hubspotapt.runtime.oauth.InstallRequiredException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What HubSpot sends the example app (Acme Invoice Sync, profile {@code local}), signed over the
 * profile's public URL: the requests of the example's JDK-server test and the refusals every
 * adapter must answer alike.
 */
public final class AcmeRequests {

  /** The client secret the tests' endpoints are built with. */
  public static final String SECRET = "test-client-secret";

  /** Scheme and host of the local profile's {@code BASE_URL}: the tunnel HubSpot calls. */
  public static final String PUBLIC_BASE = "https://acme-dev.tunnel.example";

  public static final String WEBHOOKS = "/hubspot/webhooks";
  public static final String CREATE_INVOICE = "/hubspot/actions/create-invoice";

  /** A batch of a closed-won deal, a deleted deal and a deleted contact nobody subscribed to. */
  public static final String BATCH =
      "[{\"eventId\":1,\"subscriptionId\":11,\"portalId\":62515,\"appId\":54321,"
          + "\"occurredAt\":1764000000000,\"subscriptionType\":\"object.propertyChange\",\"attemptNumber\":0,"
          + "\"objectId\":904,\"objectTypeId\":\"0-3\",\"changeSource\":\"CRM_UI\",\"propertyName\":\"dealstage\","
          + "\"propertyValue\":\"closedwon\"},"
          + "{\"eventId\":2,\"subscriptionId\":12,\"portalId\":62515,\"appId\":54321,\"occurredAt\":1764000000001,"
          + "\"subscriptionType\":\"object.deletion\",\"attemptNumber\":0,\"objectId\":905,\"objectTypeId\":\"0-3\","
          + "\"changeSource\":\"CRM\",\"changeFlag\":\"DELETED\"},"
          + "{\"eventId\":3,\"subscriptionId\":13,\"portalId\":62515,\"appId\":54321,\"occurredAt\":1764000000002,"
          + "\"subscriptionType\":\"object.deletion\",\"attemptNumber\":0,\"objectId\":77,\"objectTypeId\":\"0-1\"}]";

  /** A workflow-action execution for deal 904. */
  public static final String EXECUTION =
      "{\"callbackId\":\"ap-102670506-56776413549-7-0\","
          + "\"origin\":{\"portalId\":102670506,\"actionDefinitionId\":10646377,\"actionDefinitionVersion\":1},"
          + "\"context\":{\"source\":\"WORKFLOWS\",\"workflowId\":192814114},"
          + "\"object\":{\"objectId\":904,\"objectType\":\"DEAL\",\"properties\":{\"dealname\":\"Big deal\"}},"
          + "\"inputFields\":{\"amount\":\"995.50\",\"currency\":\"EUR\",\"sendToContact\":\"true\"}}";

  /**
   * A batch of 100 deal property changes, some 1.5 MB, over the 1 MiB adapters used to cap every
   * body at: deal 906 won, and 99 descriptions of 15,000 characters (HubSpot's CRM takes 65,536).
   */
  public static final byte[] LARGE_BATCH = dealBatch(906, 15_000);

  /** A batch over the webhook endpoint's limit of 20 MiB: descriptions of 210,000 characters. */
  public static final byte[] TOO_LARGE_BATCH = dealBatch(907, 210_000);

  /**
   * The example's invoices, for tests that serve its requests: nothing here completes a blocked
   * execution or sends an app event, so no account is installed and asking for a token says so.
   */
  @SuppressWarnings("exports") // the example app's class, on the class path beside this test module
  public static Invoices invoices() {
    return new Invoices(
        hubId -> {
          throw new InstallRequiredException(hubId, "no account is installed in this test", null);
        },
        URI.create("http://127.0.0.1:1"));
  }

  /** What the example's {@code Invoices} records after {@link #corpus()}, in order. */
  public static final List<String> EVENTS =
      List.of(
          "won 904",
          "deleted 905",
          "invoice A-1 995.50 EUR for DEAL 904",
          "won 904",
          "deleted 905",
          "won 906");

  private AcmeRequests() {}

  /**
   * One request HubSpot (or a forger) sends.
   *
   * @param name what it is, for assertion messages
   * @param ageMillis how long ago it was signed
   */
  public record Case(
      String name, String method, String target, byte[] body, String secret, long ageMillis) {

    /** The request, sent to {@code server + target}, signed over the public URL. */
    public HttpRequest to(String server) {
      return HubSpotSigning.signed(
          server,
          PUBLIC_BASE,
          method,
          target,
          body,
          secret,
          System.currentTimeMillis() - ageMillis);
    }
  }

  private static Case post(String name, String target, String body) {
    return new Case(name, "POST", target, body.getBytes(StandardCharsets.UTF_8), SECRET, 0);
  }

  /** Accepted, refused and failing requests to both of the example's endpoints. */
  public static List<Case> corpus() {
    return List.of(
        post("webhook batch", WEBHOOKS, BATCH),
        post("execution", CREATE_INVOICE, EXECUTION),
        post("webhook batch with a query", WEBHOOKS + "?portalId=62515&x=a%2Cb", BATCH),
        new Case(
            "another secret",
            "POST",
            WEBHOOKS,
            "[]".getBytes(StandardCharsets.UTF_8),
            "another-secret",
            0),
        new Case(
            "stale",
            "POST",
            CREATE_INVOICE,
            "{}".getBytes(StandardCharsets.UTF_8),
            SECRET,
            301_000),
        post(
            "input that does not convert",
            CREATE_INVOICE,
            "{\"callbackId\":\"cb\",\"origin\":{\"portalId\":1},"
                + "\"object\":{\"objectId\":1,\"objectType\":\"DEAL\"},\"inputFields\":{\"amount\":\"lots\","
                + "\"currency\":\"EUR\"}}"),
        post("batch that is not JSON", WEBHOOKS, "[{\"eventId\":"),
        new Case("GET", "GET", WEBHOOKS, new byte[0], SECRET, 0),
        new Case("webhook batch of 1.5 MB", "POST", WEBHOOKS, LARGE_BATCH, SECRET, 0),
        new Case("batch over the webhook limit", "POST", WEBHOOKS, TOO_LARGE_BATCH, SECRET, 0),
        new Case(
            "execution over the action limit",
            "POST",
            CREATE_INVOICE,
            new byte[(1 << 20) + 1],
            SECRET,
            0));
  }

  /**
   * 100 events: the first moves {@code wonDeal} to closedwon, each other one changes another deal's
   * description to a text of {@code descriptionLength} characters.
   */
  private static byte[] dealBatch(long wonDeal, int descriptionLength) {
    String text = "Call notes, Zoë: renewal terms, pricing, next steps. ";
    String description =
        text.repeat(descriptionLength / text.length() + 1).substring(0, descriptionLength);
    StringBuilder batch = new StringBuilder("[");
    for (int i = 0; i < 100; i++) {
      boolean won = i == 0;
      batch
          .append(won ? "" : ",")
          .append("{\"eventId\":")
          .append(200 + i)
          .append(",\"subscriptionId\":11,\"portalId\":62515,\"appId\":54321,")
          .append("\"occurredAt\":1764000000000,\"subscriptionType\":\"object.propertyChange\",")
          .append("\"attemptNumber\":0,\"objectId\":")
          .append(won ? wonDeal : 5000 + i)
          .append(",\"objectTypeId\":\"0-3\",\"changeSource\":\"IMPORT\",\"propertyName\":\"")
          .append(won ? "dealstage" : "description")
          .append("\",\"propertyValue\":\"")
          .append(won ? "closedwon" : description)
          .append("\"}");
    }
    return batch.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * What a client sees of an answer: status, media type (letter case and spaces as the server
   * writes them aside), {@code Allow} and body.
   */
  public record Answer(int status, String contentType, String allow, String body) {

    public static Answer of(HttpResponse<String> response) {
      return new Answer(
          response.statusCode(),
          response
              .headers()
              .firstValue("Content-Type")
              .map(t -> t.replace(" ", "").toLowerCase(Locale.ROOT))
              .orElse(null),
          response.headers().firstValue("Allow").orElse(null),
          response.body());
    }
  }

  /** Sends every request of the corpus to {@code server}, in order, and returns the answers. */
  public static List<Answer> answers(String server) throws IOException, InterruptedException {
    List<Answer> answers = new ArrayList<>();
    for (Case request : corpus()) {
      // A client per request, as each delivery from HubSpot is its own: a pooled connection that a
      // server closed
      // after a refusal would otherwise fail the next request at random ("header parser received no
      // bytes").
      answers.add(
          Answer.of(HttpClient.newHttpClient().send(request.to(server), BodyHandlers.ofString())));
    }
    return answers;
  }
}
