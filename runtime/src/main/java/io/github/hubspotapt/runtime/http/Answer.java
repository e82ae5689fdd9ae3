package io.github.hubspotapt.runtime.http;

import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HubSpot's last answer to a call, once no retry is left or due.
 *
 * @param response the answer, its body read whole
 * @param attempts how many times the call was sent
 * @param retryAfter the wait a {@code Retry-After} asked for, or null
 */
public record Answer(HttpResponse<byte[]> response, int attempts, Duration retryAfter) {

  /** The HTTP status. */
  public int status() {
    return response.statusCode();
  }

  /** Whether the status is 2xx. */
  public boolean succeeded() {
    return status() / 100 == 2;
  }

  /** The body. */
  public byte[] body() {
    return response.body();
  }
}
