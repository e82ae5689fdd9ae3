package io.github.hubspotapt.processor.endpoints;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compileServed;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.hubspotapt.processor.testing.AppSource;
import io.github.hubspotapt.processor.testing.ClassOutput;
import io.github.hubspotapt.processor.testing.HubSpotCompiler;
import io.github.hubspotapt.runtime.event.AppEvents;
import io.github.hubspotapt.runtime.event.EventOccurrence;
import io.github.hubspotapt.runtime.event.EventTarget;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code <Event>_Occurrence}: compiled with the run time on the class path, loaded,
 * called with a record of the event, and the occurrence sent with {@link AppEvents} to a real HTTP
 * server on 127.0.0.1 that stands in for HubSpot's app events API.
 */
class AppEventOccurrenceTest {

  private static final String TOKEN = "access-token-1";

  private static final JavaFileObject EVENT =
      JavaFileObjects.forSourceLines(
          "test.InvoicePaid",
          "package test;",
          "",
          "import io.github.hubspotapt.*;",
          "import java.util.Set;",
          "",
          "@AppEvent(uid = \"invoice_paid\", name = \"Invoice paid\", objectType = AppEventObjectType.DEAL,",
          "    headerTemplate = \"Invoice {{invoice_number}} paid\")",
          "public record InvoicePaid(",
          "    @EventProperty(name = \"invoice_number\", label = \"Invoice number\") String number,",
          "    java.math.BigDecimal amount,",
          "    int lines,",
          "    boolean late,",
          "    Method method,",
          "    Set<Channel> channels,",
          "    java.time.LocalDate dueDate,",
          "    java.time.Instant paidAt,",
          "    CharSequence note) {",
          "  public enum Method { @Option(value = \"bank_transfer\", label = \"Bank transfer\") BANK_TRANSFER, CARD }",
          "  public enum Channel { EMAIL, @Option(value = \"portal\", label = \"Portal\") PORTAL }",
          "}");

  private static Compilation compilation;
  private static Class<?> occurrences;
  private static Class<?> event;

  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final HttpClient client =
      HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
  private HttpServer server;
  private AppEvents appEvents;

  /** What the stand-in API saw of one request. */
  private record Received(
      String method, String path, String authorization, String contentType, String body) {}

  @BeforeAll
  static void compileEvent() throws ClassNotFoundException {
    compilation =
        compileServed(
            List.of("-Xlint:all", NO_FRONTEND.get(0)), AppSource.timelineApp().build(), EVENT);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = new ClassOutput(compilation);
    occurrences = loader.loadClass("test.InvoicePaid_Occurrence");
    event = loader.loadClass("test.InvoicePaid");
  }

  @BeforeEach
  void startApi() throws IOException {
    server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
    server.createContext("/", this::api);
    server.start();
    appEvents = new AppEvents(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
  }

  @AfterEach
  void stopApi() {
    server.stop(0);
  }

  private void api(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestHeaders().getFirst("Authorization"),
            exchange.getRequestHeaders().getFirst("Content-Type"),
            body));
    // HubSpot answers 204 to one occurrence and 200 with the created ones to a batch; the status is
    // all this checks.
    exchange.sendResponseHeaders(204, -1);
    exchange.close();
  }

  @Test
  void oneOccurrenceIsPostedWithEveryPropertyAsHubSpotsString() throws Exception {
    Object paid = paid("INV-7 \"final\"\n", Set.of(channel("PORTAL")), "Paid by card \u00e9");
    EventOccurrence occurrence =
        of(
            "paid-7",
            EventTarget.objectId(4711),
            Instant.parse("2026-03-01T10:15:30.123456Z"),
            paid);

    Received got = send(appEvents.send(occurrence, TOKEN));

    assertThat(got.method()).isEqualTo("POST");
    assertThat(got.path()).isEqualTo("/integrators/timeline/2026-03/events");
    assertThat(got.authorization()).isEqualTo("Bearer " + TOKEN);
    assertThat(got.contentType()).isEqualTo("application/json");
    assertThat(got.body())
        .isEqualTo(
            "{\"eventTypeName\":\"invoice_paid\",\"id\":\"paid-7\",\"objectId\":\"4711\","
                + "\"timestamp\":\"2026-03-01T10:15:30.123Z\",\"properties\":{"
                + "\"invoice_number\":\"INV-7 \\\"final\\\"\\n\",\"amount\":\"1000000\",\"lines\":\"3\",\"late\":\"true\","
                + "\"method\":\"bank_transfer\",\"channels\":\"portal\",\"dueDate\":\"1772323200000\","
                + "\"paidAt\":\"1772360130000\",\"note\":\"Paid by card \u00e9\"}}");
  }

  @Test
  void aBatchPostsTheInputsInOrderAndLeavesOutNullPropertiesAndTheTimestamp() throws Exception {
    EventOccurrence first =
        of("paid-1", EventTarget.email("a@example.com"), null, paid("INV-1", null, null));
    EventOccurrence second =
        of("paid-2", EventTarget.utk("utk-2"), null, paid("INV-2", Set.of(), null));

    Received got = send(appEvents.sendAll(List.of(first, second), TOKEN));

    assertThat(got.path()).isEqualTo("/integrators/timeline/2026-03/events/batch");
    assertThat(got.authorization()).isEqualTo("Bearer " + TOKEN);
    String common =
        "\"amount\":\"1000000\",\"lines\":\"3\",\"late\":\"true\",\"method\":\"bank_transfer\"";
    String dates = "\"dueDate\":\"1772323200000\",\"paidAt\":\"1772360130000\"";
    assertThat(got.body())
        .isEqualTo(
            "{\"inputs\":["
                + "{\"eventTypeName\":\"invoice_paid\",\"id\":\"paid-1\",\"email\":\"a@example.com\",\"properties\":{"
                + "\"invoice_number\":\"INV-1\","
                + common
                + ","
                + dates
                + "}},"
                + "{\"eventTypeName\":\"invoice_paid\",\"id\":\"paid-2\",\"utk\":\"utk-2\",\"properties\":{"
                + "\"invoice_number\":\"INV-2\","
                + common
                + ",\"channels\":\"\","
                + dates
                + "}}]}");
  }

  @Test
  void theGeneratedClassNamesTheEventTypeAndTakesOnlyTheEventsRecord() throws Exception {
    assertThat(occurrences.getField("EVENT_TYPE_NAME").get(null)).isEqualTo("invoice_paid");
    Method of = occurrences.getMethod("of", String.class, EventTarget.class, event);
    EventOccurrence occurrence =
        (EventOccurrence)
            of.invoke(null, "x", EventTarget.domain("acme.example"), paid("INV-9", null, null));

    assertThat(occurrence.timestamp()).isEmpty();
    assertThat(occurrence.json())
        .startsWith(
            "{\"eventTypeName\":\"invoice_paid\",\"id\":\"x\",\"domain\":\"acme.example\",\"properties\":{");
    // The properties come from the record alone: there is no way to add another one.
    assertThat(
            List.of(occurrences.getMethods()).stream()
                .filter(m -> m.getDeclaringClass() == occurrences)
                .map(Method::getName)
                .distinct()
                .sorted()
                .toList())
        .containsExactly("of", "properties");
  }

  @Test
  void aPropertyTheEventDoesNotDeclareDoesNotCompile() {
    JavaFileObject caller =
        JavaFileObjects.forSourceLines(
            "test.Caller",
            "package test;",
            "",
            "class Caller {",
            "  Object send() {",
            "    return InvoicePaid_Occurrence.of(\"id\", io.github.hubspotapt.runtime.event.EventTarget.objectId(1),",
            "        new InvoicePaid(\"n\", null, 1, false, null, null, null, null, null, \"undeclared\"));",
            "  }",
            "}");

    Compilation withCaller =
        compileServed(NO_FRONTEND, AppSource.timelineApp().build(), EVENT, caller);

    assertThat(withCaller)
        .hadErrorContaining("constructor InvoicePaid in record test.InvoicePaid cannot be applied")
        .inFile(caller)
        .onLine(6);
  }

  @Test
  void aNonFiniteNumberIsRefusedBeforeAnythingIsSent() {
    JavaFileObject doubleEvent =
        JavaFileObjects.forSourceLines(
            "test.Rated",
            "package test;",
            "",
            "@io.github.hubspotapt.AppEvent(uid = \"rated\", name = \"Rated\",",
            "    objectType = io.github.hubspotapt.AppEventObjectType.CONTACT)",
            "public record Rated(double score) {}");
    Compilation rated = compileServed(NO_FRONTEND, AppSource.timelineApp().build(), doubleEvent);
    assertThat(rated).succeeded();

    Throwable e =
        assertThrows(
                InvocationTargetException.class,
                () -> {
                  ClassLoader loader = new ClassOutput(rated);
                  Class<?> record = loader.loadClass("test.Rated");
                  loader
                      .loadClass("test.Rated_Occurrence")
                      .getMethod("properties", record)
                      .invoke(null, record.getConstructor(double.class).newInstance(Double.NaN));
                })
            .getCause();

    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e).hasMessageThat().contains("must be finite");
  }

  @Test
  void withoutTheRunTimeNoOccurrenceClassIsGenerated() {
    Compilation plain =
        HubSpotCompiler.compile(NO_FRONTEND, AppSource.timelineApp().build(), EVENT);

    assertThat(plain).succeeded();
    assertThat(plain.generatedSourceFile("test.InvoicePaid_Occurrence")).isEmpty();
  }

  private static Object paid(String number, Set<?> channels, CharSequence note)
      throws ReflectiveOperationException {
    Constructor<?> constructor = event.getConstructors()[0];
    return constructor.newInstance(
        number,
        new BigDecimal("1E+6"),
        3,
        true,
        method("BANK_TRANSFER"),
        channels,
        LocalDate.parse("2026-03-01"),
        Instant.parse("2026-03-01T10:15:30Z"),
        note);
  }

  private static Object method(String name) throws ClassNotFoundException {
    return constant("test.InvoicePaid$Method", name);
  }

  private static Object channel(String name) throws ClassNotFoundException {
    return constant("test.InvoicePaid$Channel", name);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object constant(String enumName, String name) throws ClassNotFoundException {
    return Enum.valueOf((Class) event.getClassLoader().loadClass(enumName), name);
  }

  private static EventOccurrence of(String id, EventTarget target, Instant timestamp, Object paid)
      throws ReflectiveOperationException {
    return (EventOccurrence)
        occurrences
            .getMethod("of", String.class, EventTarget.class, Instant.class, event)
            .invoke(null, id, target, timestamp, paid);
  }

  private Received send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
    assertThat(response.statusCode()).isEqualTo(204);
    Received got = received.poll(10, TimeUnit.SECONDS);
    assertThat(got).isNotNull();
    assertThat(received).isEmpty();
    return got;
  }
}
