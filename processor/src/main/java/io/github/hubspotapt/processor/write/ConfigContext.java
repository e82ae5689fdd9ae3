package io.github.hubspotapt.processor.write;

import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.PlatformVersion;

/**
 * What a file's {@code config} is written from besides its own component: the JSON builder, the
 * app's platform version and the whole project (the webhooks file gathers every subscription; an
 * association names app objects).
 */
public record ConfigContext(
    HubSpotJson json, PlatformVersion platformVersion, HubSpotProject project) {

  public JsonObject object() {
    return json.object();
  }
}
