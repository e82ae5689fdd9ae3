package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.Configs;
import io.github.hubspotapt.processor.write.JsonObject;

/** The contents of the generated files, each written by the app or the component it belongs to. */
public final class ComponentConfigs implements Configs {

  @Override
  public JsonObject project(App app, ConfigContext context) {
    return AppComponent.project(app, context);
  }

  @Override
  public JsonObject app(App app, ConfigContext context) {
    return AppComponent.config(app, context);
  }

  @Override
  public JsonObject feature(Feature feature, ConfigContext context) {
    return Components.of(feature.type()).config(feature, context);
  }
}
