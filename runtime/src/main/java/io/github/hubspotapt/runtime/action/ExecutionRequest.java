package io.github.hubspotapt.runtime.action;

import io.github.hubspotapt.runtime.MalformedRequestException;
import java.util.Map;
import java.util.Objects;

/**
 * HubSpot's request to a workflow action's {@code actionUrl}, read: the {@link ExecutionContext}
 * and the input values as HubSpot sends them, strings by input field name. {@link InputValues}
 * turns one into the Java type of a record component. A record, so that a test of a generated
 * reader can make one.
 *
 * @param context everything beside the input values
 * @param inputFields the input values by field name: strings, numbers and booleans as their JSON
 *     text, an object or array as its compact JSON text; a field without a value (absent or JSON
 *     {@code null}) is absent
 */
public record ExecutionRequest(ExecutionContext context, Map<String, String> inputFields) {

  /**
   * A request.
   *
   * @param context everything beside the input values
   * @param inputFields the input values by field name
   */
  public ExecutionRequest {
    Objects.requireNonNull(context, "context");
    inputFields = ReadFields.frozen(inputFields);
  }

  /**
   * Reads the body of an execution request. Unknown fields are passed over; {@code callbackId} and
   * {@code origin} with its {@code portalId} are required. Input values come from {@code
   * inputFields}; {@code fields}, which captured requests carry as a copy of it, is read only when
   * {@code inputFields} is absent.
   *
   * @param body the raw body, verified
   * @return the request
   * @throws MalformedRequestException when the body is not UTF-8 JSON, a field has the wrong type,
   *     or a required one is missing; the message names the field
   */
  public static ExecutionRequest parse(byte[] body) throws MalformedRequestException {
    return JsonBody.read(body, ExecutionBody::read);
  }

  /**
   * One input value, as HubSpot sent it.
   *
   * @param name the input field's name
   * @return its value, or null when the request has none
   */
  public String inputField(String name) {
    return inputFields.get(name);
  }
}
