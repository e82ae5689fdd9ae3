package com.example.insights;

import io.github.hubspotapt.Card;

@Card(
    uid = "deal_insights_card",
    name = "Deal insights",
    description = "What is known about this deal.",
    location = "crm.record.tab",
    entrypoint = "/app/cards/DealInsights.tsx",
    objectTypes = "deals")
public final class DealInsightsCard {}
