package io.github.hubspotapt.processor.write;

import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.AppFunction;
import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.AppObjectAssociation;
import io.github.hubspotapt.processor.model.Card;
import io.github.hubspotapt.processor.model.CrmBulkAction;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Page;
import io.github.hubspotapt.processor.model.PlatformVersion;
import io.github.hubspotapt.processor.model.Scim;
import io.github.hubspotapt.processor.model.Settings;
import io.github.hubspotapt.processor.model.Telemetry;
import io.github.hubspotapt.processor.model.WebhookSettings;
import io.github.hubspotapt.processor.model.WorkflowAction;
import java.util.List;

/**
 * The {@code config} object of each feature type, keys in the order of HubSpot's templates for that type
 * (hubspot-project-components); optional keys are left out when the user left them empty.
 */
final class FeatureConfigs {

  private final HubSpotJson json;
  private final PlatformVersion platformVersion;
  private final BackendConfigs backend;

  FeatureConfigs(HubSpotJson json, PlatformVersion platformVersion, HubSpotProject project) {
    this.json = json;
    this.platformVersion = platformVersion;
    this.backend = new BackendConfigs(json, project);
  }

  JsonObject config(Feature feature) {
    if (feature instanceof Card card) {
      return card(card);
    } else if (feature instanceof Settings settings) {
      return entrypoint(settings.entrypoint());
    } else if (feature instanceof Page page) {
      return page(page);
    } else if (feature instanceof AppFunction function) {
      return appFunction(function);
    } else if (feature instanceof Telemetry telemetry) {
      return telemetry(telemetry);
    } else if (feature instanceof Scim scim) {
      return scim(scim);
    } else if (feature instanceof CrmBulkAction action) {
      return crmBulkAction(action);
    } else if (feature instanceof WebhookSettings webhooks) {
      return backend.webhooks(webhooks);
    } else if (feature instanceof WorkflowAction action) {
      return backend.workflowAction(action);
    } else if (feature instanceof AppEvent event) {
      return backend.appEvent(event);
    } else if (feature instanceof AppObject object) {
      return backend.appObject(object);
    } else if (feature instanceof AppObjectAssociation association) {
      return backend.appObjectAssociation(association);
    }
    throw new IllegalArgumentException("no config for " + feature.type());
  }

  private JsonObject card(Card card) {
    JsonObject config = json.object();
    config.put("name", card.name().value());
    putIfSet(config, "description", card.description());
    config.put("location", card.location().value());
    config.put("entrypoint", card.entrypoint().value());
    config.set("objectTypes", strings(card.objectTypes()));
    if (isSet(card.previewFile())) {
      JsonObject preview = config.putObject("previewImage");
      preview.put("file", card.previewFile().value());
      preview.put("altText", card.previewAltText().value());
    }
    return config;
  }

  private JsonObject entrypoint(Located<String> entrypoint) {
    JsonObject config = json.object();
    config.put("entrypoint", entrypoint.value());
    return config;
  }

  /** Before 2026.03 a page is the single "app home" page, which HubSpot's templates mark with location home. */
  private JsonObject page(Page page) {
    JsonObject config = entrypoint(page.entrypoint());
    if (!platformVersion.isAtLeast(PlatformVersion.V2026_03)) {
      config.put("location", "home");
    }
    return config;
  }

  private JsonObject appFunction(AppFunction function) {
    JsonObject config = entrypoint(function.entrypoint());
    if (function.hasEndpoint()) {
      JsonObject endpoint = config.putObject("endpoint");
      endpoint.put("path", function.endpointPath().value());
      endpoint.set("methods", strings(function.endpointMethods()));
    }
    config.set("secretKeys", strings(function.secretKeys()));
    return config;
  }

  private JsonObject telemetry(Telemetry telemetry) {
    JsonObject config = json.object();
    config.put("providerType", telemetry.providerType().value());
    putIfSet(config, "datasetName", telemetry.datasetName());
    // Empty lists mean "all" to HubSpot only when the key is absent.
    if (!telemetry.logTypes().isEmpty()) {
      config.set("logTypes", strings(telemetry.logTypes()));
    }
    if (!telemetry.logLevels().isEmpty()) {
      config.set("logLevels", strings(telemetry.logLevels()));
    }
    return config;
  }

  private JsonObject scim(Scim scim) {
    JsonObject config = json.object();
    config.put("roleSyncEnabled", Boolean.TRUE.equals(scim.roleSyncEnabled().value()));
    return config;
  }

  private JsonObject crmBulkAction(CrmBulkAction action) {
    JsonObject config = json.object();
    config.put("label", action.label().value());
    config.put("entrypoint", action.entrypoint().value());
    config.set("objectTypes", strings(action.objectTypes()));
    config.put("displayMode", action.displayMode().value());
    putIfSet(config, "icon", action.icon());
    return config;
  }

  private JsonArray strings(List<Located<String>> values) {
    return json.strings(values.stream().map(Located::value).toList());
  }

  private static boolean isSet(Located<String> value) {
    return value.value() != null && !value.value().isEmpty();
  }

  private static void putIfSet(JsonObject node, String key, Located<String> value) {
    if (isSet(value)) {
      node.put(key, value.value());
    }
  }
}
