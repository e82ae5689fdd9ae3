package io.github.hubspotapt.runtime.action;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.hubspotapt.runtime.http.JsonText;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * Writes an {@link ExecutionResult} as HubSpot reads it: {@code "outputFields"} with the output's
 * fields, then {@code hs_execution_state} and, for a {@code BLOCK} with an expiration, {@code
 * hs_expiration_duration}. Used by the response and by the callback that completes a blocked
 * execution.
 */
final class ResultJson {

  static final String STATE = "hs_execution_state";
  static final String EXPIRATION = "hs_expiration_duration";

  private static final long SECONDS_PER_DAY = 86_400;
  private static final long SECONDS_PER_HOUR = 3_600;
  private static final long SECONDS_PER_MINUTE = 60;

  private ResultJson() {}

  /** The response body: {@code {"outputFields": {...}}}. */
  static <O> String response(ExecutionResult<O> result, OutputWriter<O> writer) {
    return JsonText.of(
        json -> {
          json.writeStartObject();
          outputFields(json, result, writer);
          json.writeEndObject();
        });
  }

  /** Writes the field {@code "outputFields"} into the object being written. */
  static <O> void outputFields(
      JsonGenerator json, ExecutionResult<O> result, OutputWriter<O> writer) throws IOException {
    json.writeObjectFieldStart("outputFields");
    if (result.output() != null) {
      for (Map.Entry<String, String> field : writer.write(result.output()).entrySet()) {
        if (field.getKey().equals(STATE) || field.getKey().equals(EXPIRATION)) {
          throw new IllegalStateException(
              "output field " + field.getKey() + " is HubSpot's, not the action's");
        }
        if (field.getValue() != null) {
          json.writeStringField(field.getKey(), field.getValue());
        }
      }
    }
    json.writeStringField(STATE, result.state().name());
    if (result.expiration() != null) {
      json.writeStringField(EXPIRATION, duration(result.expiration()));
    }
    json.writeEndObject();
  }

  /**
   * An expiration as ISO-8601 in days, hours, minutes and seconds ({@code P7DT1H}). HubSpot's
   * example {@code P1WT1H} mixes weeks with a time, which {@link Duration#parse} refuses, and
   * {@link Duration#toString} writes {@code PT169H}; days with a time is the form both the docs'
   * style and {@code java.time} read, and the one apps in the wild send ({@code P7DT12H}, {@code
   * P1D}, {@code PT15M}).
   */
  static String duration(Duration expiration) {
    long seconds = expiration.getSeconds() + (expiration.getNano() > 0 ? 1 : 0);
    long days = seconds / SECONDS_PER_DAY;
    long hours = seconds % SECONDS_PER_DAY / SECONDS_PER_HOUR;
    long minutes = seconds % SECONDS_PER_HOUR / SECONDS_PER_MINUTE;
    long rest = seconds % SECONDS_PER_MINUTE;
    StringBuilder iso = new StringBuilder("P");
    if (days > 0) {
      iso.append(days).append('D');
    }
    if (hours > 0 || minutes > 0 || rest > 0) {
      iso.append('T');
      if (hours > 0) {
        iso.append(hours).append('H');
      }
      if (minutes > 0) {
        iso.append(minutes).append('M');
      }
      if (rest > 0) {
        iso.append(rest).append('S');
      }
    }
    return iso.toString();
  }
}
