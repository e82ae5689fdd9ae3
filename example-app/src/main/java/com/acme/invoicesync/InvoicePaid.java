package com.acme.invoicesync;

import io.github.hubspotapt.AppEvent;
import io.github.hubspotapt.AppEventObjectType;
import io.github.hubspotapt.EventProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * "Invoice paid", an app event on the deal's timeline. Its components are the event's properties:
 * the generated {@code InvoicePaid_Occurrence.of(id, target, event)} makes an occurrence from this
 * record, so an occurrence carries exactly these properties, and {@code
 * io.github.hubspotapt.runtime.event.AppEvents} sends it.
 */
@AppEvent(
    uid = "acme_invoice_paid",
    name = "Acme invoice paid",
    objectType = AppEventObjectType.DEAL,
    headerTemplate = "Acme invoice {{invoice_number}} paid",
    detailTemplate = "{{amount}} {{currency}}, paid on {{#formatDate paid_on}}{{/formatDate}}.")
public record InvoicePaid(
    @EventProperty(name = "invoice_number", label = "Invoice number") String invoiceNumber,
    @EventProperty(label = "Amount") BigDecimal amount,
    @EventProperty(label = "Currency") CreateInvoice.Currency currency,
    @EventProperty(name = "paid_on", label = "Paid on") LocalDate paidOn) {}
