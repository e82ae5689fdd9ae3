package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Telemetry;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.RuleGroup;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.JsonObject;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/** {@code @Telemetry}: where HubSpot sends the app's logs. */
final class TelemetryComponent extends Component<Telemetry> {

  private static final String PROVIDER_TYPE = "providerType";
  private static final String DATASET_NAME = "datasetName";
  private static final String LOG_TYPES = "logTypes";
  private static final String LOG_LEVELS = "logLevels";

  TelemetryComponent() {
    super(
        ComponentType.TELEMETRY,
        members("Telemetry", PROVIDER_TYPE, DATASET_NAME, LOG_TYPES, LOG_LEVELS));
  }

  @Override
  Telemetry read(MirrorReader telemetry, TypeElement type, TypeReader reader) {
    return new Telemetry(
        telemetry.origin(),
        telemetry.string(UID),
        file(telemetry),
        telemetry.enumName(PROVIDER_TYPE),
        telemetry.string(DATASET_NAME),
        telemetry.strings(LOG_TYPES),
        telemetry.strings(LOG_LEVELS));
  }

  @Override
  JsonObject write(Telemetry telemetry, ConfigContext context) {
    JsonObject config = context.object();
    config.put("providerType", telemetry.providerType().value());
    config.putIfSet("datasetName", telemetry.datasetName());
    // Empty lists mean "all" to HubSpot only when the key is absent.
    if (!telemetry.logTypes().isEmpty()) {
      config.putStrings("logTypes", telemetry.logTypes());
    }
    if (!telemetry.logLevels().isEmpty()) {
      config.putStrings("logLevels", telemetry.logLevels());
    }
    return config;
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.TELEMETRY);
  }
}
