package com.acme.opstools;

import io.github.hubspotapt.AppFunction;
import io.github.hubspotapt.Auth;
import io.github.hubspotapt.AuthType;
import io.github.hubspotapt.Distribution;
import io.github.hubspotapt.Endpoint;
import io.github.hubspotapt.HttpMethod;
import io.github.hubspotapt.HubSpotApp;
import io.github.hubspotapt.Scopes;

/**
 * Acme's internal tools app, installed only in Acme's own HubSpot account. App functions run only in private apps
 * (static auth from platform 2026.03-beta on), so they live here and not in the marketplace app. Compiled by its own
 * javac run (see the pom): one HubSpot app per compilation.
 */
@HubSpotApp(
    uid = "acme_ops_tools",
    name = "Acme Ops Tools",
    description = "Internal tools for Acme's own HubSpot account: invoice reconciliation.",
    distribution = Distribution.PRIVATE,
    projectName = "acme-ops-tools")
@Auth(type = AuthType.STATIC, requiredScopes = {Scopes.OAUTH, Scopes.CRM_OBJECTS_DEALS_READ})
@AppFunction(
    uid = "acme_reconcile_invoices",
    entrypoint = "/app/functions/ReconcileInvoices.js",
    secretKeys = "ACME_API_KEY",
    endpoint = @Endpoint(path = "/api/reconcile", methods = HttpMethod.POST))
public final class AcmeOpsTools {

  private AcmeOpsTools() {}
}
