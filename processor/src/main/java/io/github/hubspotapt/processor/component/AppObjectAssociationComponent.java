package io.github.hubspotapt.processor.component;

import static io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig.FIRST_OBJECT;
import static io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig.FIRST_OBJECT_TYPE;
import static io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig.FIRST_OBJECT_TYPE_LABEL;
import static io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig.LABELS;
import static io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig.LABEL_NAME;
import static io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig.SECOND_OBJECT;
import static io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig.SECOND_OBJECT_TYPE;
import static io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig.SECOND_OBJECT_TYPE_LABEL;

import io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig;
import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.AppObjectAssociation;
import io.github.hubspotapt.processor.model.AssociationLabel;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.read.AnnotationMembers;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.RuleGroup;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.JsonObject;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * {@code @AppObjectAssociation}: an association between an app object and another app object or CRM
 * object.
 */
final class AppObjectAssociationComponent extends Component<AppObjectAssociation> {

  private static final AnnotationMembers ASSOCIATION =
      members(
          AppObjectAssociationConfig.DECLARATION.annotation(),
          FIRST_OBJECT,
          SECOND_OBJECT,
          SECOND_OBJECT_TYPE.member(),
          LABELS.member());
  private static final AnnotationMembers LABEL_MEMBERS = members(AppObjectAssociationConfig.LABEL);

  AppObjectAssociationComponent() {
    super(ComponentType.APP_OBJECT_ASSOCIATION, ASSOCIATION);
  }

  @Override
  List<AnnotationMembers> reads() {
    return List.of(ASSOCIATION, LABEL_MEMBERS);
  }

  @Override
  AppObjectAssociation read(MirrorReader association, TypeElement type, TypeReader reader) {
    return new AppObjectAssociation(
        association.origin(),
        association.string(UID),
        file(association),
        association.typeName(FIRST_OBJECT),
        association.typeName(SECOND_OBJECT),
        association.string(SECOND_OBJECT_TYPE.member()),
        association.annotations(LABELS.member(), LABEL_MEMBERS).stream()
            .map(
                label ->
                    new AssociationLabel(
                        label.origin(),
                        label.string(LABEL_NAME.member()),
                        label.string(FIRST_OBJECT_TYPE_LABEL.member()),
                        label.string(SECOND_OBJECT_TYPE_LABEL.member())))
            .toList());
  }

  @Override
  JsonObject write(AppObjectAssociation association, ConfigContext context) {
    JsonObject config = context.object();
    config.put(
        FIRST_OBJECT_TYPE, appObjectUid(context.project(), association.firstObject().value()));
    String second = association.secondObject().value();
    config.put(
        SECOND_OBJECT_TYPE.key(),
        second == null || second.equals("void")
            ? association.secondObjectType().value()
            : appObjectUid(context.project(), second));
    return new DeclaredConfig(config)
        .list(
            LABELS,
            association.labels(),
            (node, label) ->
                node.string(LABEL_NAME, label.name())
                    .string(FIRST_OBJECT_TYPE_LABEL, label.firstObjectTypeLabel())
                    .string(SECOND_OBJECT_TYPE_LABEL, label.secondObjectTypeLabel()))
        .json();
  }

  private static String appObjectUid(HubSpotProject project, String typeName) {
    AppObject object = project.appObject(typeName);
    if (object == null) {
      // The AssociationObject rule refuses references to types without @AppObject before anything
      // is written.
      throw new IllegalStateException(typeName + " is not an app object");
    }
    return object.uid().value();
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.APP_OBJECT_ASSOCIATIONS);
  }
}
