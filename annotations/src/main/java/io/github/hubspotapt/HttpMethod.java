package io.github.hubspotapt;

/**
 * HTTP methods an endpoint function can answer: {@link Endpoint#methods()}, each written into
 * {@code endpoint.methods} as the constant's name.
 */
public enum HttpMethod {
  /** Written as {@code "GET"}: reads, with parameters in the query string. */
  GET,
  /** Written as {@code "POST"}: a request with a body, as webhooks and forms send. */
  POST,
  /** Written as {@code "PUT"}: replaces a resource. */
  PUT,
  /** Written as {@code "PATCH"}: updates part of a resource. */
  PATCH,
  /** Written as {@code "DELETE"}: removes a resource. */
  DELETE
}
