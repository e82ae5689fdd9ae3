package io.github.hubspotapt.runtime.action;

import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.HubSpotResponse;
import io.github.hubspotapt.runtime.MalformedRequestException;
import io.github.hubspotapt.runtime.RequestLog;
import io.github.hubspotapt.runtime.RequestVerifier;
import io.github.hubspotapt.runtime.Verification;
import java.util.Objects;

/**
 * The flow every workflow-action endpoint follows: POST only (405), a bounded body (413), the
 * signature verified before a byte of the body is read (401), then the body read and answered: a
 * {@link MalformedRequestException} is 400, which HubSpot does not retry (right for a request that
 * can never convert), a handler's exception is answered by {@link #failure}. Nothing is dispatched
 * for a refused request, and no response carries an exception's text.
 */
final class RequestFlow {

  private static final int OK = 200;
  private static final int BAD_REQUEST = 400;
  private static final int UNAUTHORIZED = 401;
  private static final int METHOD_NOT_ALLOWED = 405;
  private static final int PAYLOAD_TOO_LARGE = 413;
  private static final int UNPROCESSABLE = 422;
  private static final int TOO_MANY_REQUESTS = 429;
  private static final int INTERNAL_ERROR = 500;

  /** Reads a verified body and answers it with JSON. */
  @FunctionalInterface
  interface Exchange {
    String answer(byte[] body) throws Exception;
  }

  private final RequestVerifier verifier;
  private final String declaredUrl;
  private final RequestLog log;
  private final int maxBodyBytes;

  RequestFlow(RequestVerifier verifier, String declaredUrl, RequestLog log, int maxBodyBytes) {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, not " + maxBodyBytes);
    }
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.declaredUrl = Objects.requireNonNull(declaredUrl, "declaredUrl");
    this.log = Objects.requireNonNull(log, "log");
    this.maxBodyBytes = maxBodyBytes;
  }

  /** The largest body answered; a larger one is 413. */
  int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** Answers one request; never throws. */
  HubSpotResponse handle(HubSpotRequest request, Exchange exchange) {
    try {
      if (!"POST".equals(request.method())) {
        log.refused(
            request, METHOD_NOT_ALLOWED, "HubSpot sends workflow-action requests with POST");
        return HubSpotResponse.text(METHOD_NOT_ALLOWED, "Method not allowed: POST only")
            .withHeader("Allow", "POST");
      }
      if (request.body().length > maxBodyBytes) {
        String reason =
            "body of " + request.body().length + " bytes, more than the limit of " + maxBodyBytes;
        log.refused(request, PAYLOAD_TOO_LARGE, reason);
        return HubSpotResponse.text(PAYLOAD_TOO_LARGE, "Payload too large: " + reason);
      }
      Verification verification = verifier.verify(request, declaredUrl);
      if (!verification.verified()) {
        log.refused(request, UNAUTHORIZED, verification.refusal());
        return HubSpotResponse.text(
            UNAUTHORIZED, "Unauthorized: the request is not verified as HubSpot's");
      }
      String json = exchange.answer(request.body());
      log.accepted(request);
      return HubSpotResponse.json(OK, json);
    } catch (MalformedRequestException e) {
      log.refused(request, BAD_REQUEST, e.getMessage());
      return HubSpotResponse.text(BAD_REQUEST, "Bad request: " + e.getMessage());
    } catch (Exception e) {
      return failure(request, e);
    }
  }

  /**
   * A handler's exception: {@link RetryLaterException} is 429 with its {@code Retry-After}, which
   * HubSpot retries; {@link ActionFailedException} is 422 with its message, a failure HubSpot does
   * not retry; any other exception is 500, which HubSpot retries with backoff for up to three days.
   * Logged, never sent.
   */
  private HubSpotResponse failure(HubSpotRequest request, Exception failure) {
    log.failed(request, failure);
    if (failure instanceof RetryLaterException retry) {
      HubSpotResponse response =
          HubSpotResponse.text(TOO_MANY_REQUESTS, "Too many requests: retry later");
      return retry
          .retryAfter()
          .map(after -> response.withHeader("Retry-After", Long.toString(after.toSeconds())))
          .orElse(response);
    }
    if (failure instanceof ActionFailedException failed) {
      String message = failed.getMessage() == null ? "the action failed" : failed.getMessage();
      return HubSpotResponse.text(UNPROCESSABLE, "Action failed: " + message);
    }
    return HubSpotResponse.text(INTERNAL_ERROR, "Internal error");
  }
}
