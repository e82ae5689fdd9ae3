package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.declaration.ComponentDeclaration;
import io.github.hubspotapt.processor.declaration.SettingsConfig;
import io.github.hubspotapt.processor.model.Settings;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.RuleGroup;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.JsonObject;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/** {@code @Settings}: the app's settings page, a React entrypoint and nothing else. */
final class SettingsComponent extends Component<Settings> {

  SettingsComponent() {
    super(SettingsConfig.DECLARATION);
  }

  @Override
  Settings read(MirrorReader settings, TypeElement type, TypeReader reader) {
    return new Settings(
        settings.origin(),
        settings.string(UID),
        file(settings),
        settings.string(ComponentDeclaration.ENTRYPOINT.member()));
  }

  @Override
  JsonObject write(Settings settings, ConfigContext context) {
    return new DeclaredConfig(context.object())
        .string(ComponentDeclaration.ENTRYPOINT, settings.entrypoint())
        .json();
  }

  /** Only what every component is checked for: its entrypoint, and that there is one. */
  @Override
  Set<RuleGroup> rules() {
    return Set.of();
  }
}
