package com.example.insights;

import io.github.hubspotapt.Card;
import io.github.hubspotapt.Permissions;

@Card(
    uid = "deal_insights_card",
    fileName = "insights-card-hsmeta.json",
    name = "Deal insights",
    description = "What is known about this deal.",
    location = "crm.record.tab",
    entrypoint = "/app/cards/DealInsights.tsx",
    objectTypes = "deals",
    permissions = @Permissions(requiredScopes = "crm.objects.deals.read"))
public final class DealInsightsCard {}
