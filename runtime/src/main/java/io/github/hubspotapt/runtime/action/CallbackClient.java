package io.github.hubspotapt.runtime.action;

import io.github.hubspotapt.runtime.RetryPolicy;
import io.github.hubspotapt.runtime.http.Answer;
import io.github.hubspotapt.runtime.http.ApiCall;
import io.github.hubspotapt.runtime.http.ApiCaller;
import io.github.hubspotapt.runtime.oauth.AccessTokenSource;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sends the completions {@link CallbackCompletion} builds: a blocked execution (or a batch of them)
 * is completed with the account's access token from an {@link AccessTokenSource} (normally {@link
 * io.github.hubspotapt.runtime.oauth.AccessTokens}, which refreshes it), and HubSpot answers 204.
 *
 * <p>A completion is not safe to repeat blindly: HubSpot does not document what completing the same
 * callback twice does, and a batch may have been applied in part. So only a {@code 429} (HubSpot's
 * rate limit refuses a request before doing anything) and a connection never made are retried; a
 * {@code 5xx} or a connection lost after sending ends with {@link
 * io.github.hubspotapt.runtime.OutcomeUnknownException}, and the application decides (the
 * workflow's history shows whether the execution went on). Thread-safe.
 *
 * @param <O> the action's output record
 */
public final class CallbackClient<O> {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final CallbackCompletion<O> completion;
  private final AccessTokenSource tokens;
  private final ApiCaller caller;

  /**
   * Completions sent with a new HTTP client and {@link RetryPolicy#defaults()}.
   *
   * @param completion builds the requests (its base URI is where they go)
   * @param tokens each account's access token
   */
  public CallbackClient(CallbackCompletion<O> completion, AccessTokenSource tokens) {
    this(
        completion,
        tokens,
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
        RetryPolicy.defaults());
  }

  /**
   * Completions sent with a given HTTP client and retry policy.
   *
   * @param completion builds the requests
   * @param tokens each account's access token
   * @param httpClient the HTTP client
   * @param retryPolicy how a {@code 429} or a failed connection is retried
   */
  public CallbackClient(
      CallbackCompletion<O> completion,
      AccessTokenSource tokens,
      HttpClient httpClient,
      RetryPolicy retryPolicy) {
    this.completion = Objects.requireNonNull(completion, "completion");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.caller = new ApiCaller(httpClient, retryPolicy);
  }

  /**
   * Completes one blocked execution.
   *
   * @param portalId the account the execution runs in ({@link ExecutionContext#portalId()})
   * @param callbackId the execution's {@link ExecutionContext#callbackId()}
   * @param result {@code SUCCESS} or {@code FAIL_CONTINUE}, with the output
   * @throws io.github.hubspotapt.runtime.HubSpotApiException when HubSpot refused (an unknown or
   *     completed callback, a token without the {@code automation} scope)
   * @throws io.github.hubspotapt.runtime.OutcomeUnknownException when HubSpot may or may not have
   *     applied it
   * @throws io.github.hubspotapt.runtime.oauth.InstallRequiredException when the account has no
   *     usable tokens
   */
  public void complete(long portalId, String callbackId, ExecutionResult<O> result) {
    String accessToken = tokens.accessToken(portalId);
    send("callback completion", completion.complete(callbackId, result, accessToken), accessToken);
  }

  /**
   * Completes several blocked executions of one account in one request.
   *
   * @param portalId the account the executions run in
   * @param resultsByCallbackId each execution's result by its callback id
   * @throws io.github.hubspotapt.runtime.HubSpotApiException when HubSpot refused
   * @throws io.github.hubspotapt.runtime.OutcomeUnknownException when HubSpot may have applied all,
   *     some or none
   * @throws io.github.hubspotapt.runtime.oauth.InstallRequiredException when the account has no
   *     usable tokens
   */
  public void completeAll(long portalId, Map<String, ExecutionResult<O>> resultsByCallbackId) {
    String accessToken = tokens.accessToken(portalId);
    send(
        "batch callback completion",
        completion.completeAll(resultsByCallbackId, accessToken),
        accessToken);
  }

  private void send(String name, HttpRequest request, String accessToken) {
    HttpRequest timed =
        HttpRequest.newBuilder(request, (header, value) -> true).timeout(TIMEOUT).build();
    ApiCall call = new ApiCall(name, timed, false, List.of(accessToken));
    Answer answer = caller.send(call);
    if (!answer.succeeded()) {
      throw ApiCaller.failure(call, answer);
    }
  }
}
