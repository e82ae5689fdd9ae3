package com.acme.invoicesync;

import io.github.hubspotapt.Settings;

/** The app's settings page in HubSpot; its React code is in src/main/hubspot/app/settings. */
@Settings(uid = "acme_invoice_settings", entrypoint = "/app/settings/SettingsPage.tsx")
public final class AcmeSettings {

  private AcmeSettings() {}
}
