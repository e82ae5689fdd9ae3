package io.github.hubspotapt.processor.component;

import static io.github.hubspotapt.processor.declaration.ComponentDeclaration.ENTRYPOINT;
import static io.github.hubspotapt.processor.declaration.CrmBulkActionConfig.DISPLAY_MODE;
import static io.github.hubspotapt.processor.declaration.CrmBulkActionConfig.ICON;
import static io.github.hubspotapt.processor.declaration.CrmBulkActionConfig.LABEL;
import static io.github.hubspotapt.processor.declaration.CrmBulkActionConfig.OBJECT_TYPES;

import io.github.hubspotapt.processor.declaration.CrmBulkActionConfig;
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

  CrmBulkActionComponent() {
    super(CrmBulkActionConfig.DECLARATION);
  }

  @Override
  CrmBulkAction read(MirrorReader action, TypeElement type, TypeReader reader) {
    return new CrmBulkAction(
        action.origin(),
        action.string(UID),
        file(action),
        action.string(LABEL.member()),
        action.string(ENTRYPOINT.member()),
        action.strings(OBJECT_TYPES.member()),
        action.enumName(DISPLAY_MODE.member()),
        action.string(ICON.member()));
  }

  @Override
  JsonObject write(CrmBulkAction action, ConfigContext context) {
    return new DeclaredConfig(context.object())
        .string(LABEL, action.label())
        .string(ENTRYPOINT, action.entrypoint())
        .strings(OBJECT_TYPES, action.objectTypes())
        .string(DISPLAY_MODE, action.displayMode())
        .string(ICON, action.icon())
        .json();
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.OBJECT_TYPES, RuleGroup.BULK_ACTION_ICON);
  }
}
