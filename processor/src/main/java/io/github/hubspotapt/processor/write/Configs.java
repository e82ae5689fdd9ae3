package io.github.hubspotapt.processor.write;

import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Feature;

/**
 * The contents of the generated files, which the components know; where the files go and their
 * shared envelope are {@link ProjectFiles}' business.
 */
public interface Configs {

  /** All of {@code hsproject.json}. */
  JsonObject project(App app, ConfigContext context);

  /** The {@code config} of {@code app-hsmeta.json}. */
  JsonObject app(App app, ConfigContext context);

  /** The {@code config} of the feature's {@code *-hsmeta.json}. */
  JsonObject feature(Feature feature, ConfigContext context);
}
