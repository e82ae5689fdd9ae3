package com.acme.invoicesync;

import io.github.hubspotapt.ActionLabels;
import io.github.hubspotapt.InputField;
import io.github.hubspotapt.Option;
import io.github.hubspotapt.OutputField;
import io.github.hubspotapt.WorkflowAction;
import java.math.BigDecimal;

/**
 * The "Create Acme invoice" workflow action. Its components are the action's input fields: the
 * processor derives the HubSpot field types from the Java types, and the generated {@code
 * CreateInvoice_Execution} reads HubSpot's execution request into this same record, so the two
 * cannot drift apart.
 */
@WorkflowAction(
    uid = "acme_create_invoice",
    actionUrl = "${BASE_URL}/hubspot/actions/create-invoice",
    published = true,
    objectTypes = "DEAL",
    objectRequestProperties = {"dealname", "amount"},
    labels =
        @ActionLabels(
            actionName = "Create Acme invoice",
            actionDescription = "Creates an invoice in Acme for the enrolled deal.",
            actionCardContent = "Create a {{currency}} invoice"),
    output = CreateInvoice.Created.class)
public record CreateInvoice(
    @InputField(label = "Amount", description = "Invoice total, before tax.", required = true)
        BigDecimal amount,
    @InputField(label = "Currency", required = true) Currency currency,
    @InputField(label = "Email the invoice to the deal's contact") boolean sendToContact,
    @InputField(label = "Note", description = "Printed on the invoice.", fieldType = "textarea")
        String note) {

  /** Currencies Acme invoices in; each constant is one option of the enumeration field. */
  public enum Currency {
    @Option(label = "Euro")
    EUR,
    @Option(label = "US dollar")
    USD,
    @Option(label = "Pound sterling")
    GBP
  }

  /** What the action returns to the workflow. */
  public record Created(@OutputField(label = "Invoice number") String invoiceNumber) {}
}
