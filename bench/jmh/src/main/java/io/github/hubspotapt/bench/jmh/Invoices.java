package io.github.hubspotapt.bench.jmh;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The workflow action both sides run, as runtime/'s tests declare it: "create invoice" with an
 * amount (BigDecimal), a currency (an enum chosen by option value), a boolean and a text, answering
 * an invoice number. The handler's work is the same trivial computation on both sides, so that the
 * benchmark measures what surrounds it.
 */
final class Invoices {

  static final String ACTION_URL = "https://app.example.com/hubspot/actions/create-invoice";

  /** The action's input, as the annotated record of an application declares it. */
  record CreateInvoice(BigDecimal amount, Currency currency, boolean sendToContact, String note) {}

  /** The action's output. */
  record Created(String invoiceNumber) {}

  /** An options input: each constant by the option value HubSpot sends for it. */
  enum Currency {
    EUR,
    USD
  }

  static final Map<String, Currency> CURRENCIES = Map.of("eur", Currency.EUR, "usd", Currency.USD);

  /**
   * An execution request as HubSpot sends it (RUNTIME.md §3, with the fields of captured requests).
   */
  static final String EXECUTION =
      "{\"callbackId\":\"ap-102670506-56776413549-7-0\","
          + "\"origin\":{\"portalId\":102670506,\"actionDefinitionId\":10646377,\"actionDefinitionVersion\":1,"
          + "\"extensionDefinitionId\":10646377,\"extensionDefinitionVersionId\":1},"
          + "\"context\":{\"source\":\"WORKFLOWS\",\"workflowId\":192814114,\"actionId\":3},"
          + "\"object\":{\"objectId\":904,\"objectType\":\"DEAL\",\"properties\":{\"dealname\":\"Renewal 2026\","
          + "\"amount\":\"1249.50\"}},"
          + "\"inputFields\":{\"amount\":\"1249.50\",\"currency\":\"eur\",\"sendToContact\":\"true\","
          + "\"note\":\"Renewal for 2026, net 30\"}}";

  private Invoices() {}

  /** The handler's own work. */
  static Created create(CreateInvoice input) {
    return new Created(
        "A-"
            + input.currency().ordinal()
            + input.amount().unscaledValue().intValue()
            + (input.sendToContact() ? "-S" : "")
            + input.note().length());
  }
}
