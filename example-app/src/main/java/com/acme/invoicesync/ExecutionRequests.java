package com.acme.invoicesync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads HubSpot's workflow-action execution requests with the application's own Jackson. The input fields land in
 * the same record that declares them (e.g. {@link CreateInvoice}).
 */
public final class ExecutionRequests {

  /** The parts of HubSpot's execution request the app uses; HubSpot sends more, which is ignored. */
  public record ExecutionRequest<T>(String callbackId, EnrolledObject object, T inputFields) {}

  public record EnrolledObject(long objectId, String objectType) {}

  // Option values are the enum constants' names ("EUR"), which Jackson reads into the constants as they are.
  private final ObjectMapper json = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  public <T> ExecutionRequest<T> read(String body, Class<T> inputFields) throws JsonProcessingException {
    JavaType type = json.getTypeFactory().constructParametricType(ExecutionRequest.class, inputFields);
    return json.readValue(body, type);
  }
}
