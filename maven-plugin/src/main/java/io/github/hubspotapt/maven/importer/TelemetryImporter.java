package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.TelemetryLogType;
import io.github.hubspotapt.TelemetryProvider;
import java.util.List;

/** {@code telemetry}: {@code @Telemetry}. */
final class TelemetryImporter implements ComponentImporter {

  @Override
  public String type() {
    return "telemetry";
  }

  @Override
  public void read(ComponentFile file, ImportContext context) {
    JsonFields config = file.config();
    Annotation telemetry = ComponentAnnotation.of("Telemetry", file, context.vocabulary());
    config.require("providerType", "@Telemetry(providerType)");
    EnumValue.read(config, "providerType", config.string("providerType"), TelemetryProvider.class)
        .ifPresent(provider -> telemetry.constant("providerType", "TelemetryProvider", provider));
    telemetry
        .string("datasetName", config.nonEmptyString("datasetName"), "")
        .words(
            "logTypes",
            config.nonEmptyStrings("logTypes"),
            false,
            TelemetryLogType.class,
            context.vocabulary())
        .strings("logLevels", config.nonEmptyStrings("logLevels"), false);
    context.addFeature(file, null, "Telemetry", List.of(telemetry.build()));
  }
}
