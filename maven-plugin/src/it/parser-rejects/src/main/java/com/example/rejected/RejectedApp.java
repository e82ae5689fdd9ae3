package com.example.rejected;

import io.github.hubspotapt.Auth;
import io.github.hubspotapt.AuthType;
import io.github.hubspotapt.Distribution;
import io.github.hubspotapt.HubSpotApp;

@HubSpotApp(
    uid = "rejected_app",
    name = "Rejected App",
    description = "Its project folder also holds a hand-written card in the wrong folder.",
    distribution = Distribution.PRIVATE)
@Auth(type = AuthType.STATIC, requiredScopes = "crm.objects.contacts.read")
public final class RejectedApp {}
