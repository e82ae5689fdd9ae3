package io.github.hubspotapt.runtime.action;

import static io.github.hubspotapt.runtime.action.Samples.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The options endpoint over real HTTP. */
class OptionsEndpointTest {

  private static final String PATH = "/hubspot/options/widgets";
  static final String OPTIONS_URL = "https://app.example.com" + PATH;

  private final TestVerifier verifier = new TestVerifier(OPTIONS_URL);
  private final RecordingLog log = new RecordingLog();
  private final AtomicReference<OptionsRequest> received = new AtomicReference<>();
  private final AtomicReference<OptionsHandler> handler = new AtomicReference<>();
  private TestServer server;

  @BeforeEach
  void start() throws IOException {
    server =
        TestServer.serving(
            PATH,
            OptionsEndpoint.of(
                verifier,
                OPTIONS_URL,
                request -> {
                  received.set(request);
                  return handler.get().fetch(request);
                },
                log));
    handler.set(
        request ->
            new OptionsResponse(
                List.of(
                    OptionsResponse.Option.of("Matching " + request.query(), "m-1"),
                    new OptionsResponse.Option(
                        "Other",
                        "Colour "
                            + ((InputFieldValue.StaticValue)
                                    request.inputFields().get("widgetColor"))
                                .value(),
                        "o-2")),
                "next-page",
                true));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void answersTheDocumentedRequestWithTheHandlersOptions() throws Exception {
    HttpResponse<String> response = server.post(PATH, utf8(Samples.OPTIONS));

    assertEquals(200, response.statusCode());
    assertEquals(
        "{\"options\":[{\"label\":\"Matching option label\",\"value\":\"m-1\"},"
            + "{\"label\":\"Other\",\"description\":\"Colour blue\",\"value\":\"o-2\"}],"
            + "\"after\":\"next-page\",\"searchable\":true}",
        response.body());
    assertEquals("optionsInput", received.get().inputFieldName());
    assertEquals(1, log.acceptedCount());
  }

  @Test
  void refusesAnUnverifiedRequestBeforeReadingIt() throws Exception {
    assertEquals(401, server.send("POST", PATH, utf8(Samples.OPTIONS), false).statusCode());
    assertEquals(null, received.get());
  }

  @Test
  void aMalformedRequestIs400() throws Exception {
    HttpResponse<String> response = server.post(PATH, utf8("{\"origin\":{\"portalId\":1}}"));

    assertEquals(400, response.statusCode());
    assertEquals("Bad request: inputFieldName: missing", response.body());
    assertEquals(null, received.get());
  }

  @Test
  void postOnlyAndBounded() throws Exception {
    assertEquals(405, server.send("PUT", PATH, utf8(Samples.OPTIONS), true).statusCode());
    assertEquals(
        413, server.post(PATH, new byte[ActionEndpoint.DEFAULT_MAX_BODY_BYTES + 1]).statusCode());
    assertEquals(0, verifier.calls());
  }

  @Test
  void aFailingHandlerIs500AndARetryLater429() throws Exception {
    handler.set(
        request -> {
          throw new IOException("catalog unreachable at 10.0.0.7");
        });
    HttpResponse<String> failed = server.post(PATH, utf8(Samples.OPTIONS));
    assertEquals(500, failed.statusCode());
    assertEquals("Internal error", failed.body());

    handler.set(
        request -> {
          throw new RetryLaterException("catalog busy");
        });
    assertEquals(429, server.post(PATH, utf8(Samples.OPTIONS)).statusCode());

    handler.set(request -> null);
    assertEquals(500, server.post(PATH, utf8(Samples.OPTIONS)).statusCode());
  }
}
