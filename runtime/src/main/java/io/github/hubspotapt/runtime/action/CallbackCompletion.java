package io.github.hubspotapt.runtime.action;

import io.github.hubspotapt.runtime.http.ApiRequests;
import io.github.hubspotapt.runtime.http.JsonText;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the request that completes executions a handler answered with {@code BLOCK}: HubSpot's
 * callback API (Automation Actions 2026-03), {@code POST
 * /automation/actions/callbacks/2026-03/{callbackId}/complete} with {@code {"outputFields":
 * {...}}}, or the batch form {@code POST /automation/actions/callbacks/2026-03/complete} with
 * {@code {"inputs": [{"callbackId": ..., "outputFields": {...}}]}}; HubSpot answers 204. The output
 * fields come from the same {@link OutputWriter} as the action's responses, with {@code
 * hs_execution_state}. The access token is the account's (scope {@code automation}). Sending is the
 * caller's: this builds the request only.
 *
 * @param <O> the action's output record
 */
public final class CallbackCompletion<O> {

  /** HubSpot's API. */
  public static final URI HUBSPOT_API = URI.create("https://api.hubapi.com");

  private static final String CALLBACKS = "/automation/actions/callbacks/2026-03/";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final OutputWriter<O> writer;
  private final String base;

  /**
   * Completions sent to HubSpot's API.
   *
   * @param writer turns the output record into output fields
   */
  public CallbackCompletion(OutputWriter<O> writer) {
    this(writer, HUBSPOT_API);
  }

  /**
   * Completions sent to another base URI: a test server, a proxy.
   *
   * @param writer turns the output record into output fields
   * @param baseUri scheme, host, port and an optional path prefix ({@code http://127.0.0.1:8080})
   */
  public CallbackCompletion(OutputWriter<O> writer, URI baseUri) {
    this.writer = Objects.requireNonNull(writer, "writer");
    this.base = ApiRequests.base(baseUri);
  }

  /**
   * The request that completes one blocked execution.
   *
   * @param callbackId the execution's {@link ExecutionContext#callbackId()}; encoded into the path
   * @param result how the execution ended: {@code SUCCESS} or {@code FAIL_CONTINUE}
   * @param accessToken the account's OAuth access token; never written anywhere but the header
   * @return the request, to send with an {@link java.net.http.HttpClient}
   * @throws IllegalArgumentException for an empty callback id, a state other than those two, or a
   *     token HTTP cannot carry
   */
  public HttpRequest complete(String callbackId, ExecutionResult<O> result, String accessToken) {
    requireCompletion(result);
    String json =
        JsonText.of(
            body -> {
              body.writeStartObject();
              ResultJson.outputFields(body, result, writer);
              body.writeEndObject();
            });
    return ApiRequests.postJson(
        base, CALLBACKS + pathSegment(callbackId) + "/complete", json, accessToken);
  }

  /**
   * The request that completes several blocked executions at once.
   *
   * @param resultsByCallbackId each execution's result by its callback id, in the order to send
   * @param accessToken the account's OAuth access token
   * @return the request
   * @throws IllegalArgumentException for no results, an empty callback id, a state other than
   *     {@code SUCCESS} and {@code FAIL_CONTINUE}, or a token HTTP cannot carry
   */
  public HttpRequest completeAll(
      Map<String, ExecutionResult<O>> resultsByCallbackId, String accessToken) {
    if (resultsByCallbackId.isEmpty()) {
      throw new IllegalArgumentException("no executions to complete");
    }
    resultsByCallbackId.forEach(
        (callbackId, result) -> {
          requireCallbackId(callbackId);
          requireCompletion(result);
        });
    String json =
        JsonText.of(
            body -> {
              body.writeStartObject();
              body.writeArrayFieldStart("inputs");
              for (Map.Entry<String, ExecutionResult<O>> input : resultsByCallbackId.entrySet()) {
                body.writeStartObject();
                body.writeStringField("callbackId", input.getKey());
                ResultJson.outputFields(body, input.getValue(), writer);
                body.writeEndObject();
              }
              body.writeEndArray();
              body.writeEndObject();
            });
    return ApiRequests.postJson(base, CALLBACKS + "complete", json, accessToken);
  }

  private static void requireCompletion(ExecutionResult<?> result) {
    ExecutionState state = result.state();
    if (state != ExecutionState.SUCCESS && state != ExecutionState.FAIL_CONTINUE) {
      throw new IllegalArgumentException("a completion is SUCCESS or FAIL_CONTINUE, not " + state);
    }
  }

  private static String requireCallbackId(String callbackId) {
    if (callbackId == null || callbackId.isEmpty()) {
      throw new IllegalArgumentException("a callback id is required");
    }
    return callbackId;
  }

  /**
   * A callback id as one path segment: every byte but RFC 3986's unreserved characters
   * percent-encoded.
   */
  private static String pathSegment(String callbackId) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : requireCallbackId(callbackId).getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || "-._~".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return encoded.toString();
  }
}
