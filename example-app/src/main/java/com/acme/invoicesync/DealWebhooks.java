package com.acme.invoicesync;

import io.github.hubspotapt.WebhookSettings;
import io.github.hubspotapt.WebhookSubscription;
import io.github.hubspotapt.WebhookSubscriptionType;

/**
 * Receives HubSpot's deal events. Each subscription is declared on the method that handles it, so
 * the webhooks file cannot list an event nobody handles; the processor gathers them into
 * src/app/webhooks/.
 */
@WebhookSettings(targetUrl = "${BASE_URL}/hubspot/webhooks", maxConcurrentRequests = 10)
public final class DealWebhooks {

  /**
   * What the app does with an event; the HTTP endpoint that receives HubSpot's batches calls these.
   */
  public interface InvoiceBook {
    void dealWon(long dealId);

    void dealDeleted(long dealId);
  }

  private final InvoiceBook invoices;

  public DealWebhooks(InvoiceBook invoices) {
    this.invoices = invoices;
  }

  @WebhookSubscription(
      subscriptionType = WebhookSubscriptionType.OBJECT_PROPERTY_CHANGE,
      objectType = "deal",
      propertyName = "dealstage")
  public void onDealStageChange(long objectId, String propertyValue) {
    if ("closedwon".equals(propertyValue)) {
      invoices.dealWon(objectId);
    }
  }

  @WebhookSubscription(
      subscriptionType = WebhookSubscriptionType.OBJECT_DELETION,
      objectType = "deal")
  public void onDealDeleted(long objectId) {
    invoices.dealDeleted(objectId);
  }
}
