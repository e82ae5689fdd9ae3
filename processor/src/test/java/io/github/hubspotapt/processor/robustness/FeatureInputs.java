package io.github.hubspotapt.processor.robustness;

import static io.github.hubspotapt.processor.robustness.MalformedInputs.literal;

import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.robustness.MalformedInputs.Case;
import io.github.hubspotapt.processor.robustness.MalformedInputs.Expect;
import io.github.hubspotapt.processor.robustness.MalformedInputs.Slot;
import io.github.hubspotapt.processor.robustness.MalformedInputs.Value;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;

/**
 * The feature part of the corpus: every string member (and string-array element) of every feature
 * annotation gets a sample of the shared hostile values, in a project that is otherwise valid.
 *
 * <p>Each feature type has a base: the app and one feature class, with every string member of the
 * annotation and of its nested annotations set, one member per line. A slot replaces one member's
 * value; a slot named {@code [1]} puts the value second in the array, after a valid element. What a
 * compilation must show follows from the annotations' documented contract ({@link
 * FeatureContract}): a malformed value at least one error or warning; the slot's valid value
 * nothing at all (so a base that warns by itself cannot hide a missed value); any other value is
 * compiled for robustness only (no crash, nothing written on failure, escaped messages), as the
 * contract does not say.
 *
 * <p>Sampling: the full cross product (96 slots by about 130 values, plus 15 to 22 Java-level
 * errors each) would be six times the app part of the corpus, so each slot gets its valid value
 * plus {@value #VALUES_PER_SLOT} values drawn from the shared list (the 100,000-character ones stay
 * with the app slots: javac's limit does not depend on the member), and each slot that is not a
 * second context {@value #JAVA_ERRORS_PER_SLOT} of the Java-level errors. Both are drawn with a
 * {@link Random} seeded with {@value #SEED} plus the slot name's {@link String#hashCode()}
 * (specified by the JDK), so every run compiles the same cases and a new slot does not change the
 * others' samples.
 */
final class FeatureInputs {

  static final long SEED = 17;
  static final int VALUES_PER_SLOT = 16;
  static final int JAVA_ERRORS_PER_SLOT = 3;

  private FeatureInputs() {}

  static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    for (Slot slot : slots()) {
      for (Value value : sample(slot)) {
        String name = slot.name() + " = " + value.label();
        cases.add(
            new Case(name, slot.sources().apply(value.expression()), expect(slot, value.value())));
      }
      if (!slot.secondary()) {
        List<String> errors =
            new ArrayList<>(
                slot.array()
                    ? MalformedInputs.ARRAY_JAVA_ERRORS
                    : MalformedInputs.SCALAR_JAVA_ERRORS);
        Collections.shuffle(errors, random(slot));
        for (String expression : errors.subList(0, JAVA_ERRORS_PER_SLOT)) {
          cases.add(
              new Case(
                  slot.name() + " = java:" + expression,
                  slot.sources().apply(expression),
                  Expect.MALFORMED));
        }
      }
    }
    return cases;
  }

  private static Expect expect(Slot slot, String value) {
    if (MalformedInputs.isMalformed(slot, value)) {
      return Expect.MALFORMED;
    }
    return value.equals(slot.valid()) ? Expect.CLEAN : Expect.ANY;
  }

  /** The slot's valid value and a fixed random sample of the others, in the shared list's order. */
  static List<Value> sample(Slot slot) {
    List<Value> pool = MalformedInputs.values(slot);
    Value valid = pool.stream().filter(v -> v.label().equals("valid")).findFirst().orElseThrow();
    List<Value> others = new ArrayList<>(pool);
    others.remove(valid);
    Collections.shuffle(others, random(slot));
    List<Value> picked =
        new ArrayList<>(others.subList(0, Math.min(VALUES_PER_SLOT, others.size())));
    picked.add(valid);
    picked.sort(Comparator.comparingInt(pool::indexOf));
    return picked;
  }

  private static Random random(Slot slot) {
    return new Random(SEED + slot.name().hashCode());
  }

  /** The bases' valid values, each slot's valid value, and a slot for every string member. */
  static List<Slot> slots() {
    List<Slot> slots = new ArrayList<>();
    cardSlots(slots);
    uiSlots(slots);
    functionSlots(slots);
    telemetrySlots(slots);
    bulkActionSlots(slots);
    webhookSlots(slots);
    workflowSlots(slots);
    appEventSlots(slots);
    appObjectSlots(slots);
    return slots;
  }

  private static void cardSlots(List<Slot> slots) {
    Base card = cardBase();
    slots.add(card.slot("Card.uid", MalformedInputs::badUid, "my_card"));
    slots.add(card.slot("Card.name", FeatureContract::blank, "My Card"));
    slots.add(card.slot("Card.description", FeatureContract::never, "Shows the invoices."));
    slots.add(
        card.slot(
            "Card.location",
            v -> FeatureContract.notOneOf(v, FeatureContract.CARD_LOCATIONS),
            "crm.record.tab"));
    slots.add(
        card.slot(
            "Card.entrypoint",
            v -> FeatureContract.badEntrypoint(v, "cards", Set.of("tsx", "jsx")),
            "/app/cards/MyCard.tsx"));
    slots.add(card.arraySlot("Card.objectTypes", FeatureContract::badCardObject, "contacts"));
    slots.add(
        card.secondSlot(
            "Card.objectTypes", "companies", FeatureContract::badCardObject, "contacts"));
    slots.add(card.slot("PreviewImage.file", FeatureContract::badPreviewFile, "preview.png"));
    slots.add(card.slot("PreviewImage.altText", String::isEmpty, "A preview."));
  }

  private static void uiSlots(List<Slot> slots) {
    Base settings = settingsBase();
    Base page = pageBase();
    slots.add(settings.slot("Settings.uid", MalformedInputs::badUid, "my_settings"));
    slots.add(
        settings.slot(
            "Settings.entrypoint",
            v -> FeatureContract.badEntrypoint(v, "settings", Set.of("tsx", "jsx")),
            "/app/settings/Settings.tsx"));
    slots.add(page.slot("Page.uid", MalformedInputs::badUid, "my_page"));
    slots.add(
        page.slot(
            "Page.entrypoint",
            v -> FeatureContract.badEntrypoint(v, "pages", Set.of("tsx", "jsx")),
            "/app/pages/Home.tsx"));
  }

  private static void functionSlots(List<Slot> slots) {
    Base function = functionBase();
    slots.add(
        function.slot(
            "AppFunction.uid",
            v -> MalformedInputs.badUid(v) || v.equals("hubspot-serverless-package-uid"),
            "my_function"));
    slots.add(
        function.slot(
            "AppFunction.entrypoint",
            v -> FeatureContract.badEntrypoint(v, "functions", Set.of("js", "ts")),
            "/app/functions/function.js"));
    slots.add(
        function.arraySlot("AppFunction.secretKeys", FeatureContract::badSecretKey, "API_KEY"));
    slots.add(
        function.secondSlot(
            "AppFunction.secretKeys", "OTHER_KEY", FeatureContract::badSecretKey, "API_KEY"));
    slots.add(function.slot("Endpoint.path", FeatureContract::badEndpointPath, "/api/invoices"));
  }

  private static void telemetrySlots(List<Slot> slots) {
    Base telemetry = telemetryBase();
    Base scim = scimBase();
    Predicate<String> badType = v -> FeatureContract.notOneOf(v, FeatureContract.LOG_TYPES);
    Predicate<String> badLevel = v -> FeatureContract.notOneOf(v, FeatureContract.LOG_LEVELS);
    slots.add(telemetry.slot("Telemetry.uid", MalformedInputs::badUid, "my_telemetry"));
    slots.add(telemetry.slot("Telemetry.datasetName", FeatureContract::never, "my-dataset"));
    slots.add(telemetry.arraySlot("Telemetry.logTypes", badType, "API_CALL"));
    slots.add(telemetry.secondSlot("Telemetry.logTypes", "WEBHOOKS", badType, "API_CALL"));
    slots.add(telemetry.arraySlot("Telemetry.logLevels", badLevel, "WARN"));
    slots.add(telemetry.secondSlot("Telemetry.logLevels", "ERROR", badLevel, "WARN"));
    slots.add(scim.slot("Scim.uid", MalformedInputs::badUid, "my_scim"));
  }

  private static void bulkActionSlots(List<Slot> slots) {
    Base bulkAction = bulkActionBase();
    slots.add(bulkAction.slot("CrmBulkAction.uid", MalformedInputs::badUid, "my_action"));
    slots.add(bulkAction.slot("CrmBulkAction.label", FeatureContract::blank, "My Action"));
    slots.add(
        bulkAction.slot(
            "CrmBulkAction.entrypoint",
            v -> FeatureContract.badEntrypoint(v, "actions", Set.of("tsx", "jsx")),
            "/app/actions/Action.tsx"));
    slots.add(
        bulkAction.arraySlot(
            "CrmBulkAction.objectTypes", FeatureContract::badCardObject, "contacts"));
    slots.add(
        bulkAction.slot(
            "CrmBulkAction.icon",
            v -> FeatureContract.setAndNotOneOf(v, FeatureContract.ICONS),
            "right"));
  }

  private static void webhookSlots(List<Slot> slots) {
    Base webhooks = webhooksBase();
    slots.add(webhooks.slot("WebhookSettings.uid", MalformedInputs::badUid, "webhooks"));
    slots.add(
        webhooks.slot(
            "WebhookSettings.targetUrl",
            FeatureContract::badPublicUrl,
            "https://example.com/webhooks"));
    slots.add(
        webhooks.slot(
            "WebhookSubscription.subscriptionType",
            v -> !v.equals(FeatureContract.PROPERTY_CHANGE),
            FeatureContract.PROPERTY_CHANGE));
    slots.add(
        webhooks.slot(
            "WebhookSubscription.objectType", FeatureContract::badWebhookObject, "contact"));
    slots.add(webhooks.slot("WebhookSubscription.propertyName", String::isEmpty, "firstname"));
  }

  private static void workflowSlots(List<Slot> slots) {
    Base workflow = workflowBase();
    Set<String> inputs = Set.of("message", "priority", "note");
    slots.add(workflow.slot("WorkflowAction.uid", MalformedInputs::badUid, "my_action"));
    slots.add(
        workflow.slot(
            "WorkflowAction.actionUrl",
            FeatureContract::badPublicUrl,
            "https://example.com/action"));
    slots.add(
        workflow.arraySlot(
            "WorkflowAction.objectTypes", FeatureContract::badWorkflowObject, "CONTACT"));
    slots.add(
        workflow.arraySlot(
            "WorkflowAction.objectRequestProperties", FeatureContract::never, "email"));
    slots.add(workflow.slot("ActionLabels.locale", v -> !v.equals("en"), "en"));
    slots.add(workflow.slot("ActionLabels.actionName", FeatureContract::blank, "My Action"));
    slots.add(
        workflow.slot(
            "ActionLabels.actionDescription", FeatureContract::never, "Sends a message."));
    slots.add(
        workflow.slot(
            "ActionLabels.actionCardContent", FeatureContract::never, "Send {{message}}"));
    slots.add(workflow.slot("ActionLabels.appDisplayName", FeatureContract::never, "Test App"));
    slots.add(
        workflow.slot(
            "ActionLabels.inputFieldLabels.name",
            v -> FeatureContract.notOneOf(v, inputs),
            "message"));
    slots.add(
        workflow.slot("ActionLabels.inputFieldLabels.text", FeatureContract::never, "Message"));
    slots.add(
        workflow.slot(
            "ActionLabels.inputFieldDescriptions.name",
            v -> FeatureContract.notOneOf(v, inputs),
            "message"));
    slots.add(
        workflow.slot(
            "ActionLabels.outputFieldLabels.name",
            v -> FeatureContract.notOneOf(v, Set.of("status", "detail")),
            "status"));
    slots.add(workflow.slot("ActionLabels.executionRules.name", v -> !v.equals("done"), "done"));
    slots.add(workflow.slot("ActionLabels.executionRules.text", FeatureContract::never, "Done."));
    slots.add(
        workflow.slot(
            "FieldDependency.controllingField",
            v -> FeatureContract.notOneOf(v, inputs),
            "priority"));
    slots.add(workflow.slot("FieldDependency.controllingValue", FeatureContract::never, "high"));
    slots.add(
        workflow.arraySlot(
            "FieldDependency.dependentFields",
            v -> FeatureContract.notOneOf(v, inputs),
            "message"));
    slots.add(workflow.slot("ExecutionRule.labelName", v -> !v.equals("done"), "done"));
    slots.add(
        workflow.slot(
            "ExecutionRule.conditions",
            FeatureContract::notJsonObject,
            "{\"errorCode\": \"ALREADY_EXISTS\"}"));
    slots.add(workflow.slot("InputField.name", FeatureContract::never, "note"));
    slots.add(workflow.slot("InputField.label", FeatureContract::never, "Note"));
    slots.add(workflow.slot("InputField.description", FeatureContract::never, "A note."));
    slots.add(
        workflow.slot(
            "InputField.fieldType",
            v -> FeatureContract.setAndNotOneOf(v, FeatureContract.STRING_CONTROLS),
            "textarea",
            ""));
    slots.add(
        workflow.slot(
            "InputField.optionsUrl",
            v -> !v.isEmpty() && FeatureContract.badPublicUrl(v),
            "https://example.com/options",
            ""));
    slots.add(workflow.slot("OutputField.name", FeatureContract::never, "detail"));
    slots.add(workflow.slot("OutputField.label", FeatureContract::never, "Detail"));
    slots.add(workflow.slot("AgentTool.description", FeatureContract::blank, "Sends a message."));
    slots.add(workflow.slot("Option.value", FeatureContract::never, "high"));
    slots.add(workflow.slot("Option.label", FeatureContract::never, "High"));
    slots.add(workflow.slot("Option.description", FeatureContract::never, "Urgent."));
  }

  private static void appEventSlots(List<Slot> slots) {
    Base appEvent = appEventBase();
    Set<String> properties = Set.of("webinarName", "seats", "note");
    slots.add(appEvent.slot("AppEvent.uid", MalformedInputs::badUid, "my_event"));
    slots.add(
        appEvent.slot("AppEvent.name", FeatureContract::badEventName, "Webinar registration"));
    slots.add(
        appEvent.slot(
            "AppEvent.headerTemplate",
            v -> FeatureContract.badTemplate(v, 1_000, properties),
            "Registered for {{webinarName}}"));
    slots.add(
        appEvent.slot(
            "AppEvent.detailTemplate",
            v -> FeatureContract.badTemplate(v, 10_000, properties),
            "{{seats}} seats"));
    slots.add(appEvent.slot("EventProperty.name", FeatureContract::never, "note"));
    slots.add(appEvent.slot("EventProperty.label", FeatureContract::never, "Note"));
    slots.add(appEvent.slot("EventProperty.description", FeatureContract::never, "What was noted"));
  }

  private static void appObjectSlots(List<Slot> slots) {
    Base appObject = appObjectBase();
    Set<String> properties = Set.of("model", "make", "note");
    Predicate<String> undeclared = v -> FeatureContract.notOneOf(v, properties);
    slots.add(appObject.slot("AppObject.uid", MalformedInputs::badUid, "my_object"));
    slots.add(appObject.slot("AppObject.name", FeatureContract::badAppObjectName, "CAR"));
    slots.add(appObject.slot("AppObject.description", FeatureContract::blank, "Cars."));
    slots.add(appObject.slot("AppObject.singularForm", FeatureContract::blank, "Car"));
    slots.add(appObject.slot("AppObject.pluralForm", FeatureContract::blank, "Cars"));
    slots.add(appObject.slot("AppObject.appPrefix", FeatureContract::never, "Vroom"));
    slots.add(appObject.slot("AppObject.primaryDisplayLabelProperty", undeclared, "model"));
    slots.add(appObject.arraySlot("AppObject.secondaryDisplayLabelProperties", undeclared, "note"));
    slots.add(
        appObject.secondSlot(
            "AppObject.secondaryDisplayLabelProperties", "make", undeclared, "note"));
    slots.add(appObject.slot("PropertyGroup.name", v -> !v.equals("specs"), "specs"));
    slots.add(appObject.slot("PropertyGroup.label", FeatureContract::never, "Specifications"));
    slots.add(appObject.slot("CreateFormField.property", undeclared, "model"));
    slots.add(appObject.slot("ObjectProperty.name", FeatureContract::never, "note"));
    slots.add(appObject.slot("ObjectProperty.label", FeatureContract::never, "Note"));
    slots.add(appObject.slot("ObjectProperty.description", FeatureContract::never, "A note."));
    slots.add(
        appObject.slot(
            "ObjectProperty.fieldType",
            v -> FeatureContract.setAndNotOneOf(v, FeatureContract.STRING_CONTROLS),
            "textarea"));
    slots.add(
        appObject.slot(
            "ObjectProperty.groupName", v -> !v.isEmpty() && !v.equals("specs"), "specs"));
    slots.add(appObject.slot("ObjectProperty.calculationFormula", FeatureContract::never, ""));
    slots.add(
        appObject.slot("AppObjectAssociation.uid", MalformedInputs::badUid, "car_to_contact"));
    slots.add(
        appObject.slot(
            "AppObjectAssociation.secondObjectType",
            v -> FeatureContract.notOneOf(v, FeatureContract.ASSOCIATION_OBJECTS),
            "CONTACT"));
    slots.add(appObject.slot("AssociationLabel.name", FeatureContract::blank, "default"));
    slots.add(
        appObject.slot("AssociationLabel.firstObjectTypeLabel", FeatureContract::never, "Cars"));
    slots.add(
        appObject.slot(
            "AssociationLabel.secondObjectTypeLabel", FeatureContract::never, "Contacts"));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The bases: one valid project per feature type. ${slot} is a member's Java expression, one
  // member per line.

  private static AppSource appWithScopes(String... scopes) {
    List<String> quoted = new ArrayList<>(List.of("\"oauth\""));
    for (String scope : scopes) {
      quoted.add(literal(scope));
    }
    return AppSource.valid().withAuth("requiredScopes", "{" + String.join(", ", quoted) + "}");
  }

  /** A private static-auth app, as app functions and SCIM need. */
  private static AppSource privateStaticApp() {
    return AppSource.valid()
        .with("distribution", "Distribution.PRIVATE")
        .withAuth("type", "AuthType.STATIC")
        .withoutAuthMember("redirectUrls");
  }

  private static Base cardBase() {
    return new Base(
        "MyCard",
        () -> appWithScopes("crm.objects.contacts.read", "crm.objects.companies.read"),
        """
        @Card(
            uid = ${Card.uid},
            name = ${Card.name},
            description = ${Card.description},
            location = ${Card.location},
            entrypoint = ${Card.entrypoint},
            objectTypes = ${Card.objectTypes},
            previewImage = @PreviewImage(
                file = ${PreviewImage.file},
                altText = ${PreviewImage.altText}))
        public class MyCard {}
        """);
  }

  private static Base settingsBase() {
    return new Base(
        "MySettings",
        AppSource::valid,
        """
        @Settings(
            uid = ${Settings.uid},
            entrypoint = ${Settings.entrypoint})
        public class MySettings {}
        """);
  }

  private static Base pageBase() {
    return new Base(
        "MyPage",
        AppSource::valid,
        """
        @Page(
            uid = ${Page.uid},
            entrypoint = ${Page.entrypoint})
        public class MyPage {}
        """);
  }

  private static Base functionBase() {
    return new Base(
        "MyFunction",
        FeatureInputs::privateStaticApp,
        """
        @AppFunction(
            uid = ${AppFunction.uid},
            entrypoint = ${AppFunction.entrypoint},
            secretKeys = ${AppFunction.secretKeys},
            endpoint = @Endpoint(
                path = ${Endpoint.path},
                methods = HttpMethod.GET))
        public class MyFunction {}
        """);
  }

  private static Base telemetryBase() {
    return new Base(
        "MyTelemetry",
        AppSource::valid,
        """
        @Telemetry(
            uid = ${Telemetry.uid},
            providerType = TelemetryProvider.SENTRY,
            datasetName = ${Telemetry.datasetName},
            logTypes = ${Telemetry.logTypes},
            logLevels = ${Telemetry.logLevels})
        public class MyTelemetry {}
        """);
  }

  private static Base scimBase() {
    return new Base(
        "MyScim",
        FeatureInputs::privateStaticApp,
        """
        @Scim(
            uid = ${Scim.uid})
        public class MyScim {}
        """);
  }

  private static Base bulkActionBase() {
    return new Base(
        "MyAction",
        () -> AppSource.valid().with("platformVersion", "PlatformVersion.V2026_09_BETA"),
        """
        @CrmBulkAction(
            uid = ${CrmBulkAction.uid},
            label = ${CrmBulkAction.label},
            entrypoint = ${CrmBulkAction.entrypoint},
            objectTypes = ${CrmBulkAction.objectTypes},
            icon = ${CrmBulkAction.icon})
        public class MyAction {}
        """);
  }

  private static Base webhooksBase() {
    return new Base(
        "Hooks",
        AppSource::valid,
        """
        @WebhookSettings(
            uid = ${WebhookSettings.uid},
            targetUrl = ${WebhookSettings.targetUrl})
        public class Hooks {
          @WebhookSubscription(
              subscriptionType = ${WebhookSubscription.subscriptionType},
              objectType = ${WebhookSubscription.objectType},
              propertyName = ${WebhookSubscription.propertyName})
          void onChange() {}
        }
        """);
  }

  private static Base workflowBase() {
    return new Base(
        "MyAction",
        AppSource::valid,
        """
        @AgentTool(
            toolType = ToolType.TAKE_ACTION,
            description = ${AgentTool.description})
        @WorkflowAction(
            uid = ${WorkflowAction.uid},
            actionUrl = ${WorkflowAction.actionUrl},
            objectTypes = ${WorkflowAction.objectTypes},
            objectRequestProperties = ${WorkflowAction.objectRequestProperties},
            labels = @ActionLabels(
                locale = ${ActionLabels.locale},
                actionName = ${ActionLabels.actionName},
                actionDescription = ${ActionLabels.actionDescription},
                actionCardContent = ${ActionLabels.actionCardContent},
                appDisplayName = ${ActionLabels.appDisplayName},
                inputFieldLabels = @FieldText(
                    name = ${ActionLabels.inputFieldLabels.name},
                    text = ${ActionLabels.inputFieldLabels.text}),
                inputFieldDescriptions = @FieldText(
                    name = ${ActionLabels.inputFieldDescriptions.name},
                    text = "The message to send."),
                outputFieldLabels = @FieldText(
                    name = ${ActionLabels.outputFieldLabels.name},
                    text = "Status"),
                executionRules = @FieldText(
                    name = ${ActionLabels.executionRules.name},
                    text = ${ActionLabels.executionRules.text})),
            output = MyActionResult.class,
            fieldDependencies = @FieldDependency(
                controllingField = ${FieldDependency.controllingField},
                controllingValue = ${FieldDependency.controllingValue},
                dependentFields = ${FieldDependency.dependentFields}),
            executionRules = @ExecutionRule(
                labelName = ${ExecutionRule.labelName},
                conditions = ${ExecutionRule.conditions}))
        public record MyAction(
            String message,
            Priority priority,
            @InputField(
                name = ${InputField.name},
                label = ${InputField.label},
                description = ${InputField.description},
                fieldType = ${InputField.fieldType},
                optionsUrl = ${InputField.optionsUrl}) String note) {
          public enum Priority {
            @Option(
                value = ${Option.value},
                label = ${Option.label},
                description = ${Option.description})
            HIGH,
            LOW
          }
        }
        record MyActionResult(
            String status,
            @OutputField(
                name = ${OutputField.name},
                label = ${OutputField.label}) String detail) {}
        """);
  }

  private static Base appEventBase() {
    return new Base(
        "Registration",
        () -> appWithScopes("timeline", "crm.objects.contacts.read"),
        """
        @AppEvent(
            uid = ${AppEvent.uid},
            name = ${AppEvent.name},
            objectType = AppEventObjectType.CONTACT,
            headerTemplate = ${AppEvent.headerTemplate},
            detailTemplate = ${AppEvent.detailTemplate})
        public record Registration(
            String webinarName,
            int seats,
            @EventProperty(
                name = ${EventProperty.name},
                label = ${EventProperty.label},
                description = ${EventProperty.description}) String note) {}
        """);
  }

  private static Base appObjectBase() {
    return new Base(
        "Car",
        AppSource::valid,
        """
        @AppObject(
            uid = ${AppObject.uid},
            name = ${AppObject.name},
            description = ${AppObject.description},
            singularForm = ${AppObject.singularForm},
            pluralForm = ${AppObject.pluralForm},
            appPrefix = ${AppObject.appPrefix},
            primaryDisplayLabelProperty = ${AppObject.primaryDisplayLabelProperty},
            secondaryDisplayLabelProperties = ${AppObject.secondaryDisplayLabelProperties},
            propertyGroups = @PropertyGroup(
                name = ${PropertyGroup.name},
                label = ${PropertyGroup.label}),
            defaultCreateFormFields = @CreateFormField(
                property = ${CreateFormField.property}))
        public record Car(
            String model,
            @ObjectProperty(groupName = "specs") String make,
            @ObjectProperty(
                name = ${ObjectProperty.name},
                label = ${ObjectProperty.label},
                description = ${ObjectProperty.description},
                fieldType = ${ObjectProperty.fieldType},
                groupName = ${ObjectProperty.groupName},
                calculationFormula = ${ObjectProperty.calculationFormula}) String note) {}
        @AppObjectAssociation(
            uid = ${AppObjectAssociation.uid},
            firstObject = Car.class,
            secondObjectType = ${AppObjectAssociation.secondObjectType},
            labels = @AssociationLabel(
                name = ${AssociationLabel.name},
                firstObjectTypeLabel = ${AssociationLabel.firstObjectTypeLabel},
                secondObjectTypeLabel = ${AssociationLabel.secondObjectTypeLabel}))
        class CarToContact {}
        """);
  }

  /**
   * One feature type's valid project: the app, and the feature class made from {@code template}
   * with the base value of every slot it names. The base value of a slot is the Java expression a
   * slot's value replaces; slots declared by {@link #slot} set it.
   */
  static final class Base {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z.]+)}");

    private final String className;
    private final Supplier<AppSource> app;
    private final String template;
    private final Map<String, String> values = new LinkedHashMap<>();

    Base(String className, Supplier<AppSource> app, String template) {
      this.className = className;
      this.app = app;
      this.template = template;
    }

    /** A String member: {@code valid} is also the base value. */
    Slot slot(String member, Predicate<String> malformed, String valid) {
      return slot(member, malformed, valid, valid);
    }

    /**
     * A String member whose valid value does not fit the other slots' project ({@code optionsUrl}
     * and a control).
     */
    Slot slot(String member, Predicate<String> malformed, String valid, String base) {
      values.put(member, literal(base));
      return new Slot(member, e -> render(member, e), malformed, valid, false, false, false);
    }

    /** A String[] member, the value as its only element ({@code valid} is also the base value). */
    Slot arraySlot(String member, Predicate<String> malformed, String valid) {
      values.put(member, literal(valid));
      return new Slot(member, e -> render(member, e), malformed, valid, false, false, true);
    }

    /**
     * The same member, the value second after {@code first}; the base value stays the one of {@link
     * #arraySlot}.
     */
    Slot secondSlot(String member, String first, Predicate<String> malformed, String valid) {
      return new Slot(
          member + "[1]",
          e -> render(member, "{" + literal(first) + ", " + e + "}"),
          malformed,
          valid,
          false,
          true,
          true);
    }

    /**
     * The app and the feature class, with {@code member} set to the Java expression {@code
     * expression}.
     */
    List<JavaFileObject> render(String member, String expression) {
      Map<String, String> members = new LinkedHashMap<>(values);
      members.put(member, expression);
      StringBuilder source =
          new StringBuilder("package test;\n\nimport io.github.hubspotapt.*;\n\n");
      Matcher placeholder = PLACEHOLDER.matcher(template);
      while (placeholder.find()) {
        String value = members.get(placeholder.group(1));
        if (value == null) {
          throw new IllegalStateException("no slot declares " + placeholder.group(1));
        }
        placeholder.appendReplacement(source, Matcher.quoteReplacement(value));
      }
      placeholder.appendTail(source);
      return List.of(
          app.get().build(),
          JavaFileObjects.forSourceString("test." + className, source.toString()));
    }
  }
}
