package io.github.hubspotapt.runtime.action;

import static io.github.hubspotapt.runtime.action.Samples.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.runtime.MalformedRequestException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExecutionRequestTest {

  @Test
  void readsTheDocumentedRequest() throws MalformedRequestException {
    ExecutionRequest request = ExecutionRequest.parse(utf8(Samples.EXECUTION));

    ExecutionContext context = request.context();
    assertEquals("ap-102670506-56776413549-7-0", context.callbackId());
    assertEquals(new ActionOrigin(102670506L, 10646377L, 1L, null, null), context.origin());
    assertEquals(102670506L, context.portalId());
    assertEquals(ExecutionSource.WORKFLOWS, context.source());
    assertEquals(192814114L, context.workflowId());
    assertNull(context.actionId());
    assertEquals(
        new EnrolledObject(904, "CONTACT", Map.of("email", "ajenkenbb@gnu.org")), context.object());
    assertEquals("ajenkenbb@gnu.org", context.object().property("email"));
    assertEquals(
        Map.of("staticInput", "My Static Input", "objectInput", "995", "optionsInput", "1"),
        request.inputFields());
    assertEquals(
        List.of("staticInput", "objectInput", "optionsInput"),
        List.copyOf(request.inputFields().keySet()));
  }

  @Test
  void readsTheExtrasOfCapturedRequestsAndPassesOverTheRest() throws MalformedRequestException {
    ExecutionRequest request = ExecutionRequest.parse(utf8(Samples.CAPTURED));

    assertEquals(
        new ActionOrigin(50467010L, 259551814L, 1L, 259551814L, 1L), request.context().origin());
    assertEquals(1L, request.context().actionId());
    assertEquals(1791092093L, request.context().workflowId());
    assertEquals(
        new EnrolledObject(153847279758L, "CONTACT", Map.of()), request.context().object());
    assertEquals(
        Map.of("label", "Brian Halligan (Sample Contact)", "value", "153847279758"),
        request.inputFields());
  }

  @Test
  void inputFieldsWinOverFieldsWhichServeOnlyWhenInputFieldsIsAbsent()
      throws MalformedRequestException {
    String both =
        "{\"callbackId\":\"c\",\"origin\":{\"portalId\":1},"
            + "\"fields\":{\"a\":\"from fields\"},\"inputFields\":{\"a\":\"from inputFields\"}}";
    assertEquals(Map.of("a", "from inputFields"), ExecutionRequest.parse(utf8(both)).inputFields());

    String fieldsOnly =
        "{\"callbackId\":\"c\",\"origin\":{\"portalId\":1},\"fields\":{\"a\":\"x\"}}";
    assertEquals(Map.of("a", "x"), ExecutionRequest.parse(utf8(fieldsOnly)).inputFields());

    String neither = "{\"callbackId\":\"c\",\"origin\":{\"portalId\":1}}";
    assertEquals(Map.of(), ExecutionRequest.parse(utf8(neither)).inputFields());
  }

  @Test
  void aRequestWithoutContextOrObjectRunsForWorkflowsWithoutARecord()
      throws MalformedRequestException {
    ExecutionContext context =
        ExecutionRequest.parse(
                utf8("{\"callbackId\":\"c\",\"origin\":{\"portalId\":7},\"context\":null}"))
            .context();

    assertEquals(ExecutionSource.WORKFLOWS, context.source());
    assertNull(context.workflowId());
    assertNull(context.object());
  }

  @Test
  void keepsASourceHubSpotAddsLater() throws MalformedRequestException {
    ExecutionContext context =
        ExecutionRequest.parse(
                utf8(
                    "{\"callbackId\":\"c\",\"origin\":{\"portalId\":7},\"context\":{\"source\":\"SEQUENCES\"}}"))
            .context();

    assertEquals(new ExecutionSource("SEQUENCES"), context.source());
    assertTrue(ExecutionSource.AGENTS.isDocumented());
    assertEquals(false, context.source().isDocumented());
  }

  @Test
  void inputValuesOfAnyJsonTypeAreKeptAsTheirText() throws MalformedRequestException {
    String body =
        "{\"callbackId\":\"c\",\"origin\":{\"portalId\":1},\"inputFields\":{"
            + "\"text\":\"a\",\"integer\":12,\"decimal\":12.50,\"flag\":true,\"none\":null,"
            + "\"list\":[\"a\", \"b\"],\"object\":{\"k\": 1}}}";

    assertEquals(
        Map.of(
            "text",
            "a",
            "integer",
            "12",
            "decimal",
            "12.50",
            "flag",
            "true",
            "list",
            "[\"a\",\"b\"]",
            "object",
            "{\"k\":1}"),
        ExecutionRequest.parse(utf8(body)).inputFields());
  }

  @ParameterizedTest
  // BASE stands for "callbackId":"c","origin":{"portalId":1},
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      '' | body: empty, expected a JSON object
      '   ' | body: no JSON value
      '[]' | body: expected an object, got an array
      '{}' | callbackId: missing
      '{"callbackId":""}' | callbackId: missing
      '{"callbackId":"c"}' | origin: missing
      '{"callbackId":"c","origin":null}' | origin: missing
      '{"callbackId":"c","origin":{}}' | origin.portalId: missing
      '{"callbackId":7,"origin":{"portalId":1}}' | callbackId: expected a string, got a number
      '{"callbackId":"c","origin":[]}' | origin: expected an object, got an array
      '{"callbackId":"c","origin":{"portalId":"1"}}' | origin.portalId: expected an integer, got a string
      '{"callbackId":"c","origin":{"portalId":1.5}}' | origin.portalId: expected an integer, got a number
      '{"callbackId":"c","origin":{"portalId":99999999999999999999}}' | origin.portalId: expected an integer, got one \
      out of range
      '{BASE "context":{"workflowId":true}}' | context.workflowId: expected an integer, got a boolean
      '{BASE "context":{"source":1}}' | context.source: expected a string, got a number
      '{BASE "object":{"objectType":"CONTACT"}}' | object.objectId: missing
      '{BASE "object":{"objectId":1}}' | object.objectType: missing
      '{BASE "object":{"objectId":1,"objectType":"C","properties":[]}}' | object.properties: expected an object, got \
      an array
      '{BASE "inputFields":"a=b"}' | inputFields: expected an object, got a string
      '{"callbackId":"c","origin":{"portalId":1}} {}' | body: more than one JSON value
      '{"callbackId":"c","origin":{"portalId":1}' | body: not valid JSON (line 1, column 42)
      '{"callbackId":"c","callbackId":"d","origin":{"portalId":1}}' | body: not valid JSON (line 1, column 31)
      '{callbackId:"c"}' | body: not valid JSON (line 1, column 2)
      """)
  void refusesAMalformedBodyNamingTheField(String body, String message) {
    byte[] bytes = utf8(body.replace("BASE ", "\"callbackId\":\"c\",\"origin\":{\"portalId\":1},"));
    assertEquals(
        message,
        assertThrows(MalformedRequestException.class, () -> ExecutionRequest.parse(bytes))
            .getMessage());
  }

  @Test
  void refusesABodyThatIsNotUtf8() {
    byte[] latin1 =
        "{\"callbackId\":\"caf\u00e9\",\"origin\":{\"portalId\":1}}"
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf16 =
        "{\"callbackId\":\"c\",\"origin\":{\"portalId\":1}}".getBytes(StandardCharsets.UTF_16);

    assertEquals(
        "body: not UTF-8 (invalid byte at offset 18)",
        assertThrows(MalformedRequestException.class, () -> ExecutionRequest.parse(latin1))
            .getMessage());
    assertEquals(
        "body: not UTF-8 (invalid byte at offset 0)",
        assertThrows(MalformedRequestException.class, () -> ExecutionRequest.parse(utf16))
            .getMessage());
  }

  @Test
  void refusesNestingBeyondTheParsersLimit() {
    String deep =
        "{\"callbackId\":\"c\",\"origin\":{\"portalId\":1},\"x\":"
            + "[".repeat(5000)
            + "]".repeat(5000)
            + "}";

    assertEquals(
        "body: exceeds the parser's limits on nesting or length",
        assertThrows(MalformedRequestException.class, () -> ExecutionRequest.parse(utf8(deep)))
            .getMessage());
  }
}
