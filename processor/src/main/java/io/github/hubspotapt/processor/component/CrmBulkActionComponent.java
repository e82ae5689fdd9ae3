package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.CrmBulkAction;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.RuleGroup;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.JsonObject;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/** {@code @CrmBulkAction}: an action on the records selected in a CRM index page. */
final class CrmBulkActionComponent extends Component<CrmBulkAction> {

  private static final String LABEL = "label";
  private static final String OBJECT_TYPES = "objectTypes";
  private static final String DISPLAY_MODE = "displayMode";
  private static final String ICON = "icon";

  CrmBulkActionComponent() {
    super(
        ComponentType.CRM_BULK_ACTION,
        members("CrmBulkAction", LABEL, ENTRYPOINT, OBJECT_TYPES, DISPLAY_MODE, ICON));
  }

  @Override
  CrmBulkAction read(MirrorReader action, TypeElement type, TypeReader reader) {
    return new CrmBulkAction(
        action.origin(),
        action.string(UID),
        file(action),
        action.string(LABEL),
        action.string(ENTRYPOINT),
        action.strings(OBJECT_TYPES),
        action.enumName(DISPLAY_MODE),
        action.string(ICON));
  }

  @Override
  JsonObject write(CrmBulkAction action, ConfigContext context) {
    JsonObject config = context.object();
    config.put("label", action.label().value());
    config.put("entrypoint", action.entrypoint().value());
    config.putStrings("objectTypes", action.objectTypes());
    config.put("displayMode", action.displayMode().value());
    config.putIfSet("icon", action.icon());
    return config;
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.OBJECT_TYPES, RuleGroup.BULK_ACTION_ICON);
  }
}
