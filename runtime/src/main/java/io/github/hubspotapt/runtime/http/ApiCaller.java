package io.github.hubspotapt.runtime.http;

import io.github.hubspotapt.runtime.HubSpotApiException;
import io.github.hubspotapt.runtime.HubSpotCallException;
import io.github.hubspotapt.runtime.OutcomeUnknownException;
import io.github.hubspotapt.runtime.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends calls to HubSpot with the {@link RetryPolicy}: a {@code 429} is retried after its {@code
 * Retry-After} for any call (HubSpot's rate limit refuses before doing anything); a connection
 * never made is retried for any call; a {@code 5xx} or a connection lost after sending is retried
 * for a repeatable call and ends a call that is not with {@link OutcomeUnknownException}.
 * Thread-safe.
 */
public final class ApiCaller {

  private static final int TOO_MANY_REQUESTS = 429;

  private final HttpClient client;
  private final RetryPolicy policy;

  /**
   * A caller.
   *
   * @param client the HTTP client
   * @param policy when and how to retry
   */
  public ApiCaller(HttpClient client, RetryPolicy policy) {
    this.client = Objects.requireNonNull(client, "client");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Sends a call until HubSpot answers something not to retry, or the policy's attempts are spent.
   *
   * @param call the call
   * @return HubSpot's last answer: 2xx, or an error status the caller turns into its own exception
   * @throws HubSpotCallException when HubSpot could not be reached, or the thread was interrupted
   *     while waiting
   * @throws OutcomeUnknownException when a call that is not repeatable failed after it may have
   *     been applied
   */
  public Answer send(ApiCall call) {
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= policy.maxAttempts();
      HttpResponse<byte[]> response;
      try {
        response = client.send(call.request(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (ConnectException | HttpConnectTimeoutException e) {
        // No connection, so nothing was sent: safe to retry for any call.
        if (last) {
          throw new HubSpotCallException(
              call.describe()
                  + ": HubSpot unreachable after "
                  + attempt
                  + " attempt(s): "
                  + e.getClass().getSimpleName(),
              attempt,
              e);
        }
        pause(call, attempt, policy.backoff(attempt));
        continue;
      } catch (IOException e) {
        if (!call.repeatable()) {
          throw new OutcomeUnknownException(
              call.describe()
                  + ": connection failed after the request was sent ("
                  + e.getClass().getSimpleName()
                  + "); HubSpot may have applied it, so it was not repeated",
              0,
              attempt,
              e);
        }
        if (last) {
          throw new HubSpotCallException(
              call.describe()
                  + ": connection failed "
                  + attempt
                  + " time(s): "
                  + e.getClass().getSimpleName(),
              attempt,
              e);
        }
        pause(call, attempt, policy.backoff(attempt));
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HubSpotCallException(call.describe() + ": interrupted", attempt, e);
      }
      int status = response.statusCode();
      if (status == TOO_MANY_REQUESTS) {
        Optional<Duration> retryAfter =
            RetryAfter.parse(
                response.headers().firstValue("Retry-After").orElse(null),
                policy.clock().instant());
        Duration wait = retryAfter.orElse(policy.backoff(attempt));
        if (last || wait.compareTo(policy.maxRetryAfter()) > 0) {
          return new Answer(response, attempt, retryAfter.orElse(null));
        }
        pause(call, attempt, wait);
      } else if (status >= 500) {
        if (!call.repeatable()) {
          throw new OutcomeUnknownException(
              call.describe()
                  + ": HTTP "
                  + status
                  + details(call, response.body())
                  + "; HubSpot may have applied it, so it was not repeated",
              status,
              attempt,
              null);
        }
        if (last) {
          return new Answer(response, attempt, null);
        }
        pause(call, attempt, policy.backoff(attempt));
      } else {
        return new Answer(response, attempt, null);
      }
    }
  }

  private void pause(ApiCall call, int attempt, Duration wait) {
    try {
      policy.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HubSpotCallException(
          call.describe() + ": interrupted while waiting to retry", attempt, e);
    }
  }

  /**
   * The exception for an error answer, from HubSpot's standard error body ({@code message}, {@code
   * category}, {@code correlationId}) when it has one.
   *
   * @param call the call
   * @param answer HubSpot's answer, not 2xx
   * @return the exception
   */
  public static HubSpotApiException failure(ApiCall call, Answer answer) {
    String category = null;
    String correlationId = null;
    try {
      JsonAnswer error = JsonAnswer.parse(answer.body());
      category = error.string("category").orElse(null);
      correlationId = error.string("correlationId").orElse(null);
    } catch (UnreadableAnswerException e) {
      // Not HubSpot's error body (a proxy's page, an empty 503): the status says what there is to
      // say.
    }
    return new HubSpotApiException(
        call.describe()
            + ": HTTP "
            + answer.status()
            + details(call, answer.body())
            + attempts(answer),
        answer.status(),
        category,
        correlationId,
        answer.retryAfter(),
        answer.attempts());
  }

  /**
   * The exception for a 2xx answer whose body the call cannot read.
   *
   * @param call the call
   * @param answer HubSpot's answer
   * @param e what is wrong with it
   * @return the exception
   */
  public static HubSpotCallException unreadable(
      ApiCall call, Answer answer, UnreadableAnswerException e) {
    return new HubSpotCallException(
        call.describe()
            + ": HTTP "
            + answer.status()
            + " with an unexpected body: "
            + e.getMessage(),
        answer.attempts(),
        null);
  }

  /** {@code " after 3 attempts"} when the call was retried. */
  public static String attempts(Answer answer) {
    return answer.attempts() > 1 ? " after " + answer.attempts() + " attempts" : "";
  }

  /**
   * {@code ": <message> [correlationId ...]"} from HubSpot's error body, secrets replaced; empty
   * without one.
   */
  private static String details(ApiCall call, byte[] body) {
    try {
      JsonAnswer error = JsonAnswer.parse(body);
      StringBuilder text = new StringBuilder();
      error.string("message").ifPresent(message -> text.append(": ").append(call.shown(message)));
      error
          .string("correlationId")
          .ifPresent(id -> text.append(" [correlationId ").append(call.shown(id)).append(']'));
      return text.toString();
    } catch (UnreadableAnswerException e) {
      return "";
    }
  }
}
