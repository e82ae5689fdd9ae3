package io.github.hubspotapt;

/** HTTP methods an endpoint function can answer. */
public enum HttpMethod {
  GET,
  POST,
  PUT,
  PATCH,
  DELETE
}
