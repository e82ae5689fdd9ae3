package com.acme.invoicesync;

import io.github.hubspotapt.Card;
import io.github.hubspotapt.CardLocation;
import io.github.hubspotapt.CrmObjectType;

/**
 * The deal-record card that shows the Acme invoice of a deal; its React code is in
 * src/main/hubspot/app/cards.
 */
@Card(
    uid = "acme_invoice_status",
    name = "Acme invoice",
    description = "Status of the Acme invoice created for this deal.",
    location = CardLocation.CRM_RECORD_TAB,
    entrypoint = "/app/cards/InvoiceStatus.tsx",
    objectTypes = CrmObjectType.DEALS)
public final class InvoiceStatusCard {

  private InvoiceStatusCard() {}
}
