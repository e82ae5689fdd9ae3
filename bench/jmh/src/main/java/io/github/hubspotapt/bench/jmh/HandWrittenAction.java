package io.github.hubspotapt.bench.jmh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hubspotapt.bench.jmh.Invoices.CreateInvoice;
import io.github.hubspotapt.bench.jmh.Invoices.Created;
import io.github.hubspotapt.bench.jmh.Invoices.Currency;
import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.HubSpotResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The baseline of a workflow action's endpoint, as a Java team writes it today: the signature
 * checked by hand, the body read by Jackson databind into DTO records, each input converted from
 * its string, the handler called and the output written by Jackson.
 */
final class HandWrittenAction {

  record ExecutionRequest(
      String callbackId,
      Origin origin,
      Context context,
      EnrolledObject object,
      Map<String, String> inputFields) {}

  record Origin(long portalId, long actionDefinitionId, int actionDefinitionVersion) {}

  record Context(String source, long workflowId, long actionId) {}

  record EnrolledObject(long objectId, String objectType, Map<String, String> properties) {}

  private final ObjectMapper mapper =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final HandWrittenVerifier verifier;

  HandWrittenAction(HandWrittenVerifier verifier) {
    this.verifier = verifier;
  }

  HubSpotResponse handle(HubSpotRequest request) {
    if (!verifier.isValid(
        request.method(),
        Invoices.ACTION_URL,
        request.body(),
        request.header("X-HubSpot-Signature-v3"),
        request.header("X-HubSpot-Request-Timestamp"))) {
      return HubSpotResponse.text(401, "Invalid signature");
    }
    ExecutionRequest execution;
    CreateInvoice input;
    try {
      execution = mapper.readValue(request.body(), ExecutionRequest.class);
      input = read(execution.inputFields());
    } catch (IOException | RuntimeException e) {
      return HubSpotResponse.text(400, "Bad request");
    }
    Created created = Invoices.create(input);
    try {
      return HubSpotResponse.json(
          200,
          mapper.writeValueAsString(
              Map.of(
                  "outputFields",
                  Map.of(
                      "invoiceNumber", created.invoiceNumber(), "hs_execution_state", "SUCCESS"))));
    } catch (JsonProcessingException e) {
      return HubSpotResponse.text(500, "Internal error");
    }
  }

  private static CreateInvoice read(Map<String, String> fields) {
    String currency = fields.get("currency");
    Currency chosen = currency == null ? null : Invoices.CURRENCIES.get(currency);
    if (chosen == null) {
      throw new IllegalArgumentException("currency");
    }
    String note = fields.get("note");
    return new CreateInvoice(
        new BigDecimal(fields.get("amount").trim()),
        chosen,
        Boolean.parseBoolean(fields.get("sendToContact")),
        note == null ? "" : note);
  }
}
