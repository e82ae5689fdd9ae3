package com.example.insights;

import io.github.hubspotapt.Auth;
import io.github.hubspotapt.AuthType;
import io.github.hubspotapt.Distribution;
import io.github.hubspotapt.HubSpotApp;

@HubSpotApp(
    uid = "deal_insights",
    name = "Deal Insights",
    description = "Shows what is known about a deal on its record page.",
    distribution = Distribution.PRIVATE)
@Auth(type = AuthType.STATIC, requiredScopes = "crm.objects.deals.read")
public final class DealInsightsApp {}
