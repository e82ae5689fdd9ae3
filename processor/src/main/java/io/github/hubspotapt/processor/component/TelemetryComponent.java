package io.github.hubspotapt.processor.component;

import static io.github.hubspotapt.processor.declaration.TelemetryConfig.DATASET_NAME;
import static io.github.hubspotapt.processor.declaration.TelemetryConfig.LOG_LEVELS;
import static io.github.hubspotapt.processor.declaration.TelemetryConfig.LOG_TYPES;
import static io.github.hubspotapt.processor.declaration.TelemetryConfig.PROVIDER_TYPE;

import io.github.hubspotapt.processor.declaration.TelemetryConfig;
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

  TelemetryComponent() {
    super(TelemetryConfig.DECLARATION);
  }

  @Override
  Telemetry read(MirrorReader telemetry, TypeElement type, TypeReader reader) {
    return new Telemetry(
        telemetry.origin(),
        telemetry.string(UID),
        file(telemetry),
        telemetry.enumName(PROVIDER_TYPE.member()),
        telemetry.string(DATASET_NAME.member()),
        telemetry.strings(LOG_TYPES.member()),
        telemetry.strings(LOG_LEVELS.member()));
  }

  @Override
  JsonObject write(Telemetry telemetry, ConfigContext context) {
    return new DeclaredConfig(context.object())
        .string(PROVIDER_TYPE, telemetry.providerType())
        .string(DATASET_NAME, telemetry.datasetName())
        .strings(LOG_TYPES, telemetry.logTypes())
        .strings(LOG_LEVELS, telemetry.logLevels())
        .json();
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.TELEMETRY);
  }
}
