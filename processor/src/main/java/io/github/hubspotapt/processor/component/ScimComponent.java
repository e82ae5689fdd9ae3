package io.github.hubspotapt.processor.component;

import static io.github.hubspotapt.processor.declaration.ScimConfig.ROLE_SYNC_ENABLED;

import io.github.hubspotapt.processor.declaration.ScimConfig;
import io.github.hubspotapt.processor.model.Scim;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.RuleGroup;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.JsonObject;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/** {@code @Scim}: user provisioning into the app. */
final class ScimComponent extends Component<Scim> {

  ScimComponent() {
    super(ScimConfig.DECLARATION);
  }

  @Override
  Scim read(MirrorReader scim, TypeElement type, TypeReader reader) {
    return new Scim(
        scim.origin(), scim.string(UID), file(scim), scim.bool(ROLE_SYNC_ENABLED.member()));
  }

  @Override
  JsonObject write(Scim scim, ConfigContext context) {
    return new DeclaredConfig(context.object())
        .bool(ROLE_SYNC_ENABLED, scim.roleSyncEnabled())
        .json();
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.SCIM);
  }
}
