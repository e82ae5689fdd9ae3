package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.AppObjectAssociation;
import io.github.hubspotapt.processor.model.AssociationLabel;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.read.AnnotationMembers;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.RuleGroup;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.JsonArray;
import io.github.hubspotapt.processor.write.JsonObject;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * {@code @AppObjectAssociation}: an association between an app object and another app object or CRM
 * object.
 */
final class AppObjectAssociationComponent extends Component<AppObjectAssociation> {

  private static final String FIRST_OBJECT = "firstObject";
  private static final String SECOND_OBJECT = "secondObject";
  private static final String SECOND_OBJECT_TYPE = "secondObjectType";
  private static final String LABELS = "labels";
  private static final String NAME = "name";
  private static final String FIRST_OBJECT_TYPE_LABEL = "firstObjectTypeLabel";
  private static final String SECOND_OBJECT_TYPE_LABEL = "secondObjectTypeLabel";

  private static final AnnotationMembers ASSOCIATION =
      members("AppObjectAssociation", FIRST_OBJECT, SECOND_OBJECT, SECOND_OBJECT_TYPE, LABELS);
  private static final AnnotationMembers LABEL =
      AnnotationMembers.of(
          AnnotationNames.PACKAGE + ".AssociationLabel",
          NAME,
          FIRST_OBJECT_TYPE_LABEL,
          SECOND_OBJECT_TYPE_LABEL);

  AppObjectAssociationComponent() {
    super(ComponentType.APP_OBJECT_ASSOCIATION, ASSOCIATION);
  }

  @Override
  List<AnnotationMembers> reads() {
    return List.of(ASSOCIATION, LABEL);
  }

  @Override
  AppObjectAssociation read(MirrorReader association, TypeElement type, TypeReader reader) {
    return new AppObjectAssociation(
        association.origin(),
        association.string(UID),
        file(association),
        association.typeName(FIRST_OBJECT),
        association.typeName(SECOND_OBJECT),
        association.string(SECOND_OBJECT_TYPE),
        association.annotations(LABELS, LABEL).stream()
            .map(
                label ->
                    new AssociationLabel(
                        label.origin(),
                        label.string(NAME),
                        label.string(FIRST_OBJECT_TYPE_LABEL),
                        label.string(SECOND_OBJECT_TYPE_LABEL)))
            .toList());
  }

  @Override
  JsonObject write(AppObjectAssociation association, ConfigContext context) {
    JsonObject config = context.object();
    config.put(
        "firstObjectType", appObjectUid(context.project(), association.firstObject().value()));
    String second = association.secondObject().value();
    config.put(
        "secondObjectType",
        second == null || second.equals("void")
            ? association.secondObjectType().value()
            : appObjectUid(context.project(), second));
    if (!association.labels().isEmpty()) {
      // The key order public projects write: name, then the two objects' labels.
      JsonArray labels = config.putArray("labels");
      for (AssociationLabel label : association.labels()) {
        labels
            .addObject()
            .put("name", label.name().value())
            .putIfSet("firstObjectTypeLabel", label.firstObjectTypeLabel())
            .putIfSet("secondObjectTypeLabel", label.secondObjectTypeLabel());
      }
    }
    return config;
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
