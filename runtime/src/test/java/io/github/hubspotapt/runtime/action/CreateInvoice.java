package io.github.hubspotapt.runtime.action;

import io.github.hubspotapt.runtime.MalformedRequestException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The action of the example, with the reader and writer the annotation processor generates
 * for it: one {@link InputValues} call per input component, one {@link OutputFields#put} per output
 * component.
 */
record CreateInvoice(BigDecimal amount, Currency currency, boolean sendToContact, String note) {

  enum Currency {
    EUR,
    USD
  }

  record Created(String invoiceNumber) {}

  static final String ACTION_URL = "https://app.example.com/hubspot/actions/create-invoice";

  private static final Map<String, Currency> CURRENCIES =
      Map.of("eur", Currency.EUR, "usd", Currency.USD);

  static CreateInvoice read(ExecutionRequest request) throws MalformedRequestException {
    return new CreateInvoice(
        InputValues.bigDecimal(request, "amount", true),
        InputValues.enumValue(request, "currency", true, CURRENCIES),
        InputValues.booleanValue(request, "sendToContact", false),
        InputValues.string(request, "note", false));
  }

  static Map<String, String> write(Created output) {
    return new OutputFields().put("invoiceNumber", output.invoiceNumber()).toMap();
  }

  /** An execution request for this action with the given input fields, as JSON members. */
  static String body(String inputFields) {
    return "{\"callbackId\":\"ap-102670506-56776413549-7-0\","
        + "\"origin\":{\"portalId\":102670506,\"actionDefinitionId\":10646377,\"actionDefinitionVersion\":1},"
        + "\"context\":{\"source\":\"WORKFLOWS\",\"workflowId\":192814114,\"actionId\":3},"
        + "\"object\":{\"objectId\":904,\"objectType\":\"DEAL\",\"properties\":{\"dealname\":\"Renewal\"}},"
        + "\"inputFields\":{"
        + inputFields
        + "}}";
  }
}
