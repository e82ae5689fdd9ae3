package com.acme.invoicesync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.invoicesync.ExecutionRequests.ExecutionRequest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The record that declares the workflow action's input fields also reads HubSpot's execution request. */
class ExecutionRequestsTest {

  /** The shape of HubSpot's execution request for a custom workflow action (values arrive as strings). */
  private static final String REQUEST = """
      {
        "callbackId": "ap-102-4863-9",
        "origin": {"portalId": 123456, "actionDefinitionId": 98765, "actionDefinitionVersion": 1},
        "context": {"source": "WORKFLOWS", "workflowId": 554433},
        "object": {"objectId": 4242, "objectType": "DEAL"},
        "inputFields": {"amount": "1250.50", "currency": "EUR", "sendToContact": "true", "note": "Q4 retainer"}
      }
      """;

  @Test
  void readsTheInputFieldsIntoTheActionRecord() throws Exception {
    ExecutionRequest<CreateInvoice> request = new ExecutionRequests().read(REQUEST, CreateInvoice.class);

    assertEquals("ap-102-4863-9", request.callbackId());
    assertEquals(4242, request.object().objectId());
    assertEquals(new CreateInvoice(new BigDecimal("1250.50"), CreateInvoice.Currency.EUR, true, "Q4 retainer"),
        request.inputFields());
  }

  @Test
  void everyOptionValueOfTheGeneratedFileReadsAsItsConstant() throws Exception {
    for (CreateInvoice.Currency currency : CreateInvoice.Currency.values()) {
      String body = REQUEST.replace("\"EUR\"", "\"" + currency.name() + "\"");
      assertEquals(currency, new ExecutionRequests().read(body, CreateInvoice.class).inputFields().currency());
    }
    assertTrue(java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("hubspot.projectDir",
        "target/hubspot-project"), "src/app/workflow-actions/create-acme-invoice-hsmeta.json")).contains("\"value\": \"GBP\""));
  }
}
