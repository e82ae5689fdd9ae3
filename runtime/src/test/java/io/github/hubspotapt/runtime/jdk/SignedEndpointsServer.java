package io.github.hubspotapt.runtime.jdk;

import io.github.hubspotapt.runtime.HubSpotEndpoint;
import io.github.hubspotapt.runtime.HubSpotEndpoints;
import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.RequestLog;
import io.github.hubspotapt.runtime.action.ActionEndpoint;
import io.github.hubspotapt.runtime.action.ExecutionContext;
import io.github.hubspotapt.runtime.action.ExecutionResult;
import io.github.hubspotapt.runtime.action.InputValues;
import io.github.hubspotapt.runtime.signature.SignatureVerifier;
import io.github.hubspotapt.runtime.webhook.WebhookEndpoint;
import io.github.hubspotapt.runtime.webhook.WebhookLimits;
import io.github.hubspotapt.runtime.webhook.WebhookRoute;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook endpoint with HubSpot's limits and a workflow action with the default bound, as the
 * generated code builds them, verified by the real {@link SignatureVerifier} and served by {@link
 * HubSpotHttpServer} on 127.0.0.1; requests signed v3 as HubSpot signs them (HMAC-SHA256 over
 * method, the public URL as UTF-8, the body and the timestamp), written here with {@code
 * javax.crypto} rather than the run time's own {@code Signatures}.
 */
final class SignedEndpointsServer implements AutoCloseable {

  static final String SECRET = "e3b0c442-98fc-4c14-9afb-f4c8996fb924";
  static final String PUBLIC_BASE = "https://app.example.com";
  static final String WEBHOOKS = "/hubspot/webhooks";
  static final String ACTION = "/hubspot/actions/create-invoice";

  /** An execution request of the action. */
  static final String EXECUTION =
      "{\"callbackId\":\"ap-102670506-56776413549-7-0\","
          + "\"origin\":{\"portalId\":102670506,\"actionDefinitionId\":10646377,"
          + "\"actionDefinitionVersion\":1},"
          + "\"context\":{\"source\":\"WORKFLOWS\",\"workflowId\":192814114},"
          + "\"object\":{\"objectId\":904,\"objectType\":\"DEAL\"},"
          + "\"inputFields\":{\"note\":\"first invoice\"}}";

  /** What the listeners and the action's handler were called with, in order. */
  final List<String> dispatched = new CopyOnWriteArrayList<>();

  /** The reason of each refusal, as {@link RequestLog#refused} was told it. */
  final List<String> refusals = new CopyOnWriteArrayList<>();

  private final HubSpotHttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  private SignedEndpointsServer(Clock clock, int ceiling) throws IOException {
    RequestLog log =
        new RequestLog() {
          @Override
          public void refused(HubSpotRequest request, int status, String reason) {
            refusals.add(reason);
            super.refused(request, status, reason);
          }
        };
    SignatureVerifier verifier = SignatureVerifier.builder(SECRET).clock(clock).build();
    WebhookRoute dealStage =
        new WebhookRoute(
            "object.propertyChange",
            "deal",
            "dealstage",
            "dealStage",
            event -> dispatched.add(event.propertyValue() + " " + event.objectId()));
    HubSpotEndpoint action =
        ActionEndpoint.of(
            verifier,
            PUBLIC_BASE + ACTION,
            request -> InputValues.string(request, "note", false),
            (String note, ExecutionContext context) -> {
              dispatched.add("executed " + note);
              return ExecutionResult.<Void>success(null);
            },
            output -> Map.of(),
            log);
    Map<String, HubSpotEndpoint> byPath = new LinkedHashMap<>();
    byPath.put(
        WEBHOOKS,
        new WebhookEndpoint(
            verifier, PUBLIC_BASE + WEBHOOKS, List.of(dealStage), log, WebhookLimits.HUBSPOT));
    byPath.put(ACTION, action);
    server =
        HubSpotHttpServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            HubSpotEndpoints.of(byPath, log),
            ceiling);
  }

  /** With the system clock and the default ceiling. */
  static SignedEndpointsServer start() throws IOException {
    return new SignedEndpointsServer(Clock.systemUTC(), HubSpotHttpServer.DEFAULT_MAX_BODY_BYTES);
  }

  static SignedEndpointsServer start(Clock clock, int ceiling) throws IOException {
    return new SignedEndpointsServer(clock, ceiling);
  }

  /** A POST signed now over {@code PUBLIC_BASE + target}. */
  HttpResponse<String> post(String target, byte[] body) throws Exception {
    return post(target, body, System.currentTimeMillis());
  }

  /** A POST signed with {@code timestamp} over {@code PUBLIC_BASE + target}. */
  HttpResponse<String> post(String target, byte[] body, long timestamp) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.address().getPort() + target))
            .POST(BodyPublishers.ofByteArray(body))
            .header("Content-Type", "application/json")
            .header("X-HubSpot-Signature-v3", v3(PUBLIC_BASE + target, body, timestamp))
            .header("X-HubSpot-Request-Timestamp", Long.toString(timestamp))
            .build();
    return client.send(request, BodyHandlers.ofString());
  }

  /**
   * A POST whose request line carries {@code target} as its raw UTF-8 bytes, unescaped, which no
   * URI-based client sends; signed now over {@code PUBLIC_BASE + signedTarget}.
   *
   * @return the status line
   */
  String rawPost(String target, String signedTarget, byte[] body) throws IOException {
    long timestamp = System.currentTimeMillis();
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(("POST " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8));
    request.writeBytes(
        ("Host: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: "
                + body.length
                + "\r\n"
                + "X-HubSpot-Signature-v3: "
                + v3(PUBLIC_BASE + signedTarget, body, timestamp)
                + "\r\n"
                + "X-HubSpot-Request-Timestamp: "
                + timestamp
                + "\r\n"
                + "Connection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    request.writeBytes(body);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.toByteArray());
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return answer.substring(0, answer.indexOf("\r\n"));
    }
  }

  /** HubSpot's v3 signature: the source string is UTF-8. */
  private static String v3(String url, byte[] body, long timestamp) {
    ByteArrayOutputStream signed = new ByteArrayOutputStream();
    signed.writeBytes(("POST" + url).getBytes(StandardCharsets.UTF_8));
    signed.writeBytes(body);
    signed.writeBytes(Long.toString(timestamp).getBytes(StandardCharsets.UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(signed.toByteArray()));
    } catch (GeneralSecurityException e) {
      throw new AssertionError("every JDK has HmacSHA256", e);
    }
  }

  /**
   * A batch of {@code events} deal property changes as HubSpot sends them: the first moves deal 904
   * to {@code closedwon}, each other one carries a description of {@code valueLength} characters.
   */
  static byte[] batch(int events, int valueLength) {
    String text = "Notes from the call with Zoë: renewal, pricing, next steps. ";
    String description = text.repeat(valueLength / text.length() + 1).substring(0, valueLength);
    StringBuilder batch = new StringBuilder("[");
    for (int i = 0; i < events; i++) {
      boolean won = i == 0;
      batch
          .append(i == 0 ? "" : ",")
          .append("{\"eventId\":")
          .append(100 + i)
          .append(",\"subscriptionId\":11,\"portalId\":62515,\"appId\":54321,")
          .append("\"occurredAt\":1764000000000,\"subscriptionType\":\"object.propertyChange\",")
          .append("\"attemptNumber\":0,\"objectId\":")
          .append(won ? 904 : 1000 + i)
          .append(",\"objectTypeId\":\"0-3\",\"changeSource\":\"IMPORT\",\"propertyName\":\"")
          .append(won ? "dealstage" : "description")
          .append("\",\"propertyValue\":\"")
          .append(won ? "closedwon" : description)
          .append("\"}");
    }
    return batch.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
  }
}
