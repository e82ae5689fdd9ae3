package com.acme.invoicesync;

import io.github.hubspotapt.Auth;
import io.github.hubspotapt.AuthType;
import io.github.hubspotapt.Distribution;
import io.github.hubspotapt.HubSpotApp;
import io.github.hubspotapt.PermittedUrls;
import io.github.hubspotapt.Profile;
import io.github.hubspotapt.Profiles;
import io.github.hubspotapt.Scopes;
import io.github.hubspotapt.Support;
import io.github.hubspotapt.Variable;

/**
 * Acme Invoice Sync: a marketplace app that turns closed-won HubSpot deals into Acme invoices.
 * Compiling this class writes the app's HubSpot project (see the README).
 *
 * <p>Two profiles: {@code local}, a developer's test account, whose install redirects to this
 * machine and whose webhooks and workflow action reach it through a tunnel; and {@code prod}.
 * {@code hs project upload --profile local} uploads the first; the localhost redirect exists only
 * there.
 */
@HubSpotApp(
    uid = "acme_invoice_sync",
    name = "Acme Invoice Sync",
    description =
        "Creates Acme invoices from closed-won HubSpot deals and shows their payment status on the deal.",
    distribution = Distribution.MARKETPLACE,
    permittedUrls = @PermittedUrls(fetch = "https://api.acme-invoicing.example"),
    support =
        @Support(
            supportEmail = "support@acme-invoicing.example",
            documentationUrl = "https://acme-invoicing.example/docs/hubspot",
            supportUrl = "https://acme-invoicing.example/support",
            supportPhone = "+18005550199"),
    projectName = "acme-invoice-sync")
@Auth(
    type = AuthType.OAUTH,
    redirectUrls = "${OAUTH_REDIRECT_URL}",
    requiredScopes = {
      Scopes.OAUTH,
      Scopes.CRM_OBJECTS_DEALS_READ,
      Scopes.CRM_OBJECTS_CONTACTS_READ,
      Scopes.TIMELINE
    },
    optionalScopes = {Scopes.CRM_OBJECTS_COMPANIES_READ})
@Profiles({
  @Profile(
      name = "local",
      accountId = 12345678,
      variables = {
        @Variable(name = "OAUTH_REDIRECT_URL", value = "http://localhost:3000/oauth/callback"),
        @Variable(name = "BASE_URL", value = "https://acme-dev.tunnel.example")
      }),
  @Profile(
      name = "prod",
      accountId = 87654321,
      variables = {
        @Variable(
            name = "OAUTH_REDIRECT_URL",
            value = "https://acme-invoicing.example/hubspot/oauth/callback"),
        @Variable(name = "BASE_URL", value = "https://acme-invoicing.example")
      })
})
public final class AcmeInvoiceSyncApp {

  private AcmeInvoiceSyncApp() {}
}
