package io.github.hubspotapt.runtime.webhook;

/**
 * Listeners of a batch threw: what {@link io.github.hubspotapt.runtime.RequestLog#failed} is given,
 * once per request. The message names the first failed listener, the event's index, type and ids
 * (never a property value); the cause is what the listener threw, and each further failure is a
 * suppressed exception of the same kind.
 */
final class WebhookDispatchException extends Exception {

  private static final long serialVersionUID = 1L;

  WebhookDispatchException(String message, Throwable cause) {
    super(message, cause);
  }
}
