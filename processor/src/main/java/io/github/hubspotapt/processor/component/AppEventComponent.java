package io.github.hubspotapt.processor.component;

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

  private static final String NAME = "name";
  private static final String OBJECT_TYPE = "objectType";
  private static final String HEADER_TEMPLATE = "headerTemplate";
  private static final String DETAIL_TEMPLATE = "detailTemplate";
  private static final String DESCRIPTION = "description";

  private static final AnnotationMembers EVENT =
      members("AppEvent", NAME, OBJECT_TYPE, HEADER_TEMPLATE, DETAIL_TEMPLATE);
  private static final AnnotationMembers PROPERTY =
      AnnotationMembers.of(
          AnnotationNames.EVENT_PROPERTY, JavaField.NAME, JavaField.LABEL, DESCRIPTION);

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
        event.string(NAME),
        event.enumName(OBJECT_TYPE),
        event.string(HEADER_TEMPLATE),
        event.string(DETAIL_TEMPLATE),
        reader.fields(type, PROPERTY).stream()
            .map(
                f ->
                    new EventProperty(
                        f.origin(),
                        f.name(),
                        reader.shape(f.type()),
                        f.string(JavaField.LABEL),
                        f.string(DESCRIPTION)))
            .toList());
  }

  @Override
  JsonObject write(AppEvent event, ConfigContext context) {
    JsonObject config = context.object();
    config.put("name", event.name().value());
    if ("CUSTOM_OBJECT".equals(event.objectType().value())) {
      config.put("supportsCustomObject", true);
    } else {
      config.put("objectType", event.objectType().value());
    }
    config.putIfSet("headerTemplate", event.headerTemplate());
    config.putIfSet("detailTemplate", event.detailTemplate());
    JsonArray properties = config.putArray("properties");
    for (EventProperty property : event.properties()) {
      // The key order of HubSpot's app-event template, with a description where its app-object
      // template has one.
      JsonObject node = properties.addObject();
      node.put("name", property.name().value());
      node.put(
          "label",
          JsonObject.isSet(property.label()) ? property.label().value() : property.name().value());
      node.putIfSet("description", property.description());
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
    options.forEach(
        option ->
            array
                .addObject()
                .put("value", option.value().value())
                .put("label", option.label().value()));
    return array;
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.FIELDS, RuleGroup.OPTIONS_NOT_WRITTEN, RuleGroup.APP_EVENTS);
  }
}
