package com.example.insights;

import io.github.hubspotapt.Auth;
import io.github.hubspotapt.AuthType;
import io.github.hubspotapt.Distribution;
import io.github.hubspotapt.HubSpotApp;
import io.github.hubspotapt.PlatformVersion;

@HubSpotApp(
    uid = "deal_insights",
    fileName = "deal-insights-app-hsmeta.json",
    name = "Deal Insights",
    description = "Shows what is known about a deal on its record page.",
    distribution = Distribution.PRIVATE,
    userLevel = true,
    platformVersion = PlatformVersion.V2026_09)
@Auth(type = AuthType.OAUTH, redirectUrls = "https://insights.example.com/oauth/callback",
    requiredScopes = "oauth")
public final class DealInsightsApp {}
