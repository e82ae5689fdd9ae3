package io.github.hubspotapt.processor.read;

import io.github.hubspotapt.processor.model.ActionLabels;
import io.github.hubspotapt.processor.model.AgentTool;
import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.AppFunction;
import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.AppObjectAssociation;
import io.github.hubspotapt.processor.model.Card;
import io.github.hubspotapt.processor.model.CreateFormField;
import io.github.hubspotapt.processor.model.CrmBulkAction;
import io.github.hubspotapt.processor.model.ExecutionRule;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.FieldDependency;
import io.github.hubspotapt.processor.model.FieldShape;
import io.github.hubspotapt.processor.model.InputField;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.NamedField;
import io.github.hubspotapt.processor.model.ObjectProperty;
import io.github.hubspotapt.processor.model.Page;
import io.github.hubspotapt.processor.model.PropertyGroup;
import io.github.hubspotapt.processor.model.Scim;
import io.github.hubspotapt.processor.model.Settings;
import io.github.hubspotapt.processor.model.Telemetry;
import io.github.hubspotapt.processor.model.Text;
import io.github.hubspotapt.processor.model.WebhookSettings;
import io.github.hubspotapt.processor.model.WorkflowAction;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads one feature annotation into its model record; which record follows from the annotation's name. */
final class FeatureReader {

  private final Elements elements;
  private final TypeFields fields;
  private final JavaTypes javaTypes;

  FeatureReader(Elements elements, Types types, ReadLog log) {
    this.elements = elements;
    this.fields = new TypeFields(elements, log);
    this.javaTypes = new JavaTypes(elements, types, log);
  }

  /** The feature {@code mirror} declares on {@code type}, or null when it is not a feature annotation. */
  Feature read(String annotation, TypeElement type, MirrorReader mirror, MirrorReader agentTool) {
    return switch (annotation) {
      case AnnotationNames.CARD -> card(mirror);
      case AnnotationNames.SETTINGS -> new Settings(mirror.origin(), mirror.string("uid"), mirror.string("entrypoint"));
      case AnnotationNames.PAGE -> new Page(mirror.origin(), mirror.string("uid"), mirror.string("entrypoint"));
      case AnnotationNames.APP_FUNCTION -> appFunction(mirror);
      case AnnotationNames.TELEMETRY -> new Telemetry(mirror.origin(), mirror.string("uid"),
          mirror.enumName("providerType"), mirror.string("datasetName"), mirror.strings("logTypes"),
          mirror.strings("logLevels"));
      case AnnotationNames.SCIM -> new Scim(mirror.origin(), mirror.string("uid"), mirror.bool("roleSyncEnabled"));
      case AnnotationNames.CRM_BULK_ACTION -> new CrmBulkAction(mirror.origin(), mirror.string("uid"),
          mirror.string("label"), mirror.string("entrypoint"), mirror.strings("objectTypes"),
          mirror.enumName("displayMode"), mirror.string("icon"));
      case AnnotationNames.WEBHOOK_SETTINGS -> new WebhookSettings(mirror.origin(), mirror.string("uid"),
          mirror.string("targetUrl"), mirror.integer("maxConcurrentRequests"));
      case AnnotationNames.WORKFLOW_ACTION -> workflowAction(type, mirror, agentTool);
      case AnnotationNames.APP_EVENT -> appEvent(type, mirror);
      case AnnotationNames.APP_OBJECT -> appObject(type, mirror);
      case AnnotationNames.APP_OBJECT_ASSOCIATION -> new AppObjectAssociation(mirror.origin(), mirror.string("uid"),
          mirror.typeName("firstObject"), mirror.typeName("secondObject"), mirror.string("secondObjectType"));
      default -> null;
    };
  }

  private static Card card(MirrorReader card) {
    MirrorReader preview = card.annotation("previewImage");
    Located<String> absent = new Located<>("", card.origin("previewImage"));
    return new Card(card.origin(), card.string("uid"), card.string("name"), card.string("description"),
        card.string("location"), card.string("entrypoint"), card.strings("objectTypes"),
        preview == null ? absent : preview.string("file"), preview == null ? absent : preview.string("altText"));
  }

  private static AppFunction appFunction(MirrorReader function) {
    MirrorReader endpoint = function.annotation("endpoint");
    return new AppFunction(function.origin(), function.string("uid"), function.string("entrypoint"),
        function.strings("secretKeys"),
        endpoint == null ? function.origin("endpoint") : endpoint.origin(),
        endpoint == null ? new Located<>("", function.origin("endpoint")) : endpoint.string("path"),
        endpoint == null ? List.of() : endpoint.enumNames("methods"));
  }

  private WorkflowAction workflowAction(TypeElement type, MirrorReader action, MirrorReader agentTool) {
    List<InputField> inputs = fields.of(type, AnnotationNames.INPUT_FIELD).stream()
        .map(f -> new InputField(f.origin(), f.name(), inputShape(f), f.string("label"),
            f.string("description"), f.string("fieldType"),
            f.annotation() == null ? List.of(new Located<>("STATIC_VALUE", f.origin()))
                : f.annotation().enumNames("supportedValueTypes"),
            f.bool("required", false), f.string("optionsUrl")))
        .toList();
    Located<String> output = action.typeName("output");
    TypeElement outputType = output.value() == null || output.value().equals("void")
        ? null : elements.getTypeElement(output.value());
    List<NamedField> outputs = outputType == null ? List.of() : namedFields(outputType, AnnotationNames.OUTPUT_FIELD);
    return new WorkflowAction(action.origin(), action.string("uid"), action.string("actionUrl"),
        Boolean.TRUE.equals(action.bool("published").value()), action.bool("workflows"), action.strings("objectTypes"),
        action.annotations("labels").stream().map(FeatureReader::labels).toList(), inputs, output, outputs,
        action.strings("objectRequestProperties"),
        action.annotations("fieldDependencies").stream().map(d -> new FieldDependency(d.origin(),
            d.string("controllingField"), d.string("controllingValue"), d.strings("dependentFields"))).toList(),
        action.annotations("executionRules").stream().map(r -> new ExecutionRule(r.origin(), r.string("labelName"),
            r.string("conditions"))).toList(),
        agentTool == null ? null
            : new AgentTool(agentTool.origin(), agentTool.enumName("toolType"), agentTool.string("description")));
  }

  /**
   * HubSpot fetches options from an {@code optionsUrl} only for enumeration fields, whose values are strings: a
   * {@code String} input with one is an enumeration with a select control and no options of its own.
   */
  private FieldShape inputShape(TypeFields.JavaField field) {
    FieldShape shape = javaTypes.shape(field.type());
    Located<String> optionsUrl = field.string("optionsUrl");
    boolean fetched = optionsUrl.value() != null && !optionsUrl.value().isEmpty();
    return fetched && "string".equals(shape.type())
        ? new FieldShape(shape.javaType(), "enumeration", "select", List.of()) : shape;
  }

  private static ActionLabels labels(MirrorReader labels) {
    return new ActionLabels(labels.origin(), labels.string("locale"), labels.string("actionName"),
        labels.string("actionDescription"), labels.string("actionCardContent"), labels.string("appDisplayName"),
        texts(labels, "inputFieldLabels"), texts(labels, "inputFieldDescriptions"), texts(labels, "outputFieldLabels"),
        texts(labels, "executionRules"));
  }

  private static List<Text> texts(MirrorReader labels, String member) {
    return labels.annotations(member).stream().map(t -> new Text(t.string("name"), t.string("text"))).toList();
  }

  private List<NamedField> namedFields(TypeElement type, String annotation) {
    return fields.of(type, annotation).stream()
        .map(f -> new NamedField(f.origin(), f.name(), javaTypes.shape(f.type()), f.string("label")))
        .toList();
  }

  private AppEvent appEvent(TypeElement type, MirrorReader event) {
    return new AppEvent(event.origin(), event.string("uid"), event.string("name"), event.enumName("objectType"),
        event.string("headerTemplate"), event.string("detailTemplate"),
        namedFields(type, AnnotationNames.EVENT_PROPERTY));
  }

  private AppObject appObject(TypeElement type, MirrorReader object) {
    List<ObjectProperty> properties = fields.of(type, AnnotationNames.OBJECT_PROPERTY).stream()
        .map(f -> new ObjectProperty(f.origin(), f.name(), javaTypes.shape(f.type()), f.string("label"),
            f.string("description"), f.string("fieldType"), f.string("groupName"), f.bool("hasUniqueValue", false),
            f.bool("readOnlyValue", false), f.bool("formField", false), f.bool("hidden", false),
            f.string("calculationFormula")))
        .toList();
    return new AppObject(object.origin(), type.getQualifiedName().toString(), object.string("uid"),
        object.string("name"), object.string("description"), object.string("singularForm"),
        object.string("pluralForm"), object.string("appPrefix"), object.string("primaryDisplayLabelProperty"),
        object.strings("secondaryDisplayLabelProperties"), properties,
        object.annotations("propertyGroups").stream().map(g -> new PropertyGroup(g.string("name"), g.string("label")))
            .toList(),
        object.annotations("defaultCreateFormFields").stream().map(c -> new CreateFormField(c.string("property"),
            Boolean.TRUE.equals(c.bool("required").value()), !Boolean.FALSE.equals(c.bool("removable").value())))
            .toList(),
        !Boolean.FALSE.equals(object.bool("hasRecordPage").value()),
        !Boolean.FALSE.equals(object.bool("allowsUserCreatedRecords").value()),
        Boolean.TRUE.equals(object.bool("hasEngagements").value()));
  }
}
