package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.model.ComponentType;
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

  private static final String ROLE_SYNC_ENABLED = "roleSyncEnabled";

  ScimComponent() {
    super(ComponentType.SCIM, members("Scim", ROLE_SYNC_ENABLED));
  }

  @Override
  Scim read(MirrorReader scim, TypeElement type, TypeReader reader) {
    return new Scim(scim.origin(), scim.string(UID), file(scim), scim.bool(ROLE_SYNC_ENABLED));
  }

  @Override
  JsonObject write(Scim scim, ConfigContext context) {
    JsonObject config = context.object();
    config.put("roleSyncEnabled", Boolean.TRUE.equals(scim.roleSyncEnabled().value()));
    return config;
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.SCIM);
  }
}
