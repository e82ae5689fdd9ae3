package com.example.misconfigured;

import io.github.hubspotapt.Auth;
import io.github.hubspotapt.AuthType;
import io.github.hubspotapt.Distribution;
import io.github.hubspotapt.HubSpotApp;

@HubSpotApp(
    uid = "misconfigured_app",
    name = "Misconfigured App",
    description = "Built without node, with the parser skipped, and with the plugin looking in another folder.",
    distribution = Distribution.PRIVATE)
@Auth(type = AuthType.STATIC, requiredScopes = "crm.objects.contacts.read")
public final class MisconfiguredApp {}
