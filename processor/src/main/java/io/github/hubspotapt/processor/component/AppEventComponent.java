package io.github.hubspotapt.processor.component;

import static io.github.hubspotapt.processor.declaration.AppEventConfig.CUSTOM_OBJECT;
import static io.github.hubspotapt.processor.declaration.AppEventConfig.DETAIL_TEMPLATE;
import static io.github.hubspotapt.processor.declaration.AppEventConfig.HEADER_TEMPLATE;
import static io.github.hubspotapt.processor.declaration.AppEventConfig.NAME;
import static io.github.hubspotapt.processor.declaration.AppEventConfig.OBJECT_TYPE;
import static io.github.hubspotapt.processor.declaration.AppEventConfig.PROPERTIES;
import static io.github.hubspotapt.processor.declaration.AppEventConfig.SUPPORTS_CUSTOM_OBJECT;

import io.github.hubspotapt.processor.declaration.AppEventConfig;
import io.github.hubspotapt.processor.declaration.OptionConfig;
import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.EventProperty;
import io.github.hubspotapt.processor.model.Option;
import io.github.hubspotapt.processor.read.AnnotationMembers;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.read.JavaField;
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
 * {@code @AppEvent}: a timeline event on CRM records, whose properties are the fields of its type.
 */
final class AppEventComponent extends Component<AppEvent> {

  private static final AnnotationMembers EVENT = members(AppEventConfig.DECLARATION);
  private static final AnnotationMembers PROPERTY =
      AnnotationMembers.of(
          AnnotationNames.EVENT_PROPERTY,
          JavaField.NAME,
          JavaField.LABEL,
          AppEventConfig.PROPERTY_DESCRIPTION.member());

  AppEventComponent() {
    super(ComponentType.APP_EVENT, EVENT);
  }

  @Override
  List<AnnotationMembers> reads() {
    return List.of(EVENT, PROPERTY);
  }

  @Override
  AppEvent read(MirrorReader event, TypeElement type, TypeReader reader) {
    return new AppEvent(
        event.origin(),
        event.string(UID),
        file(event),
        event.string(NAME.member()),
        event.enumName(OBJECT_TYPE.member()),
        event.string(HEADER_TEMPLATE.member()),
        event.string(DETAIL_TEMPLATE.member()),
        reader.fields(type, PROPERTY).stream()
            .map(
                f ->
                    new EventProperty(
                        f.origin(),
                        f.name(),
                        reader.shape(f.type()),
                        f.string(JavaField.LABEL),
                        f.string(AppEventConfig.PROPERTY_DESCRIPTION.member())))
            .toList());
  }

  @Override
  JsonObject write(AppEvent event, ConfigContext context) {
    DeclaredConfig declared = new DeclaredConfig(context.object()).string(NAME, event.name());
    if (CUSTOM_OBJECT.equals(event.objectType().value())) {
      declared.json().put(SUPPORTS_CUSTOM_OBJECT, true);
    } else {
      declared.string(OBJECT_TYPE, event.objectType());
    }
    JsonObject config =
        declared
            .string(HEADER_TEMPLATE, event.headerTemplate())
            .string(DETAIL_TEMPLATE, event.detailTemplate())
            .json();
    JsonArray properties = config.putArray(PROPERTIES);
    for (EventProperty property : event.properties()) {
      // The key order of HubSpot's app-event template, with a description where its app-object
      // template has one.
      JsonObject node = properties.addObject();
      node.put("name", property.name().value());
      node.put(
          "label",
          JsonObject.isSet(property.label()) ? property.label().value() : property.name().value());
      node.putIfSet(AppEventConfig.PROPERTY_DESCRIPTION.key(), property.description());
      node.put("type", property.shape().type());
      if (!property.shape().options().isEmpty()) {
        node.set("options", options(property.shape().options(), context));
      }
    }
    return config;
  }

  /**
   * App-event options: HubSpot's format has only value and label (the rest is reported, not
   * written).
   */
  private static JsonArray options(List<Option> options, ConfigContext context) {
    JsonArray array = context.json().array();
    for (Option option : options) {
      array
          .addObject()
          .put(OptionConfig.VALUE.key(), option.value().value())
          .put(OptionConfig.LABEL.key(), option.label().value());
    }
    return array;
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.FIELDS, RuleGroup.OPTIONS_NOT_WRITTEN, RuleGroup.APP_EVENTS);
  }
}
