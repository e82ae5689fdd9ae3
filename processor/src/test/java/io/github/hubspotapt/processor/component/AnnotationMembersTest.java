package io.github.hubspotapt.processor.component;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.read.AnnotationMembers;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.ReadLog;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.testing.TestClassPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every member of every annotation is read or deliberately ignored, and what the readers declare is
 * what they read: the declarations ({@link Components#reads()}) are compared with the annotation
 * types by reflection, and a project that uses every annotation is read with every member read
 * recorded. A read of an undeclared member is refused where it happens.
 */
class AnnotationMembersTest {

  private static final String CARD = "io.github.hubspotapt.Card";

  /**
   * Every annotation, each nested annotation at least once, and a field of each kind with its
   * annotation.
   */
  private static final JavaFileObject EVERYTHING =
      JavaFileObjects.forSourceString(
          "test.Everything",
          """
      package test;

      import io.github.hubspotapt.*;
      import java.util.List;

      @HubSpotApp(uid = "everything", fileName = "everything-hsmeta.json", name = "Everything", description = "Uses every annotation.",
          distribution = Distribution.MARKETPLACE, projectName = "everything", srcDir = "src",
          platformVersion = PlatformVersion.V2026_03,
          permittedUrls = @PermittedUrls(fetch = "https://api.example.com", iframe = "https://example.com",
              img = "https://img.example.com"),
          support = @Support(supportEmail = "help@example.com", documentationUrl = "https://example.com/docs",
              supportUrl = "https://example.com/help", supportPhone = "+1 555 0100"))
      @Auth(type = AuthType.OAUTH, redirectUrls = "https://example.com/oauth", requiredScopes = "oauth",
          optionalScopes = "timeline", conditionallyRequiredScopes = "crm.objects.contacts.read")
      @WebhookSettings(uid = "webhooks", targetUrl = "https://example.com/webhooks", maxConcurrentRequests = 5,
          maxConcurrentRequestsVariable = "")
      @Profiles(@Profile(name = "local", accountId = 1,
          variables = @Variable(name = "MAX", value = "5", type = VariableType.NUMBER)))
      class Everything {

        @WebhookSubscription(subscriptionType = "object.creation", objectType = "contact")
        @WebhookSubscription(subscriptionType = "object.propertyChange", objectType = "contact",
            propertyName = "email", active = false)
        void onContact() {}

        @Card(uid = "card", name = "Card", description = "A card.", location = CardLocation.CRM_RECORD_TAB,
            entrypoint = "/app/cards/Card.tsx", objectTypes = CrmObjectType.CONTACTS,
            previewImage = @PreviewImage(file = "preview.png", altText = "Preview"))
        static class ACard {}

        @Settings(uid = "settings", fileName = "settings-page-hsmeta.json", entrypoint = "/app/settings/Settings.tsx",
            permissions = @Permissions(requiredScopes = "crm.objects.contacts.read", optionalScopes = "timeline",
                conditionallyRequiredScopes = "crm.objects.deals.read"))
        static class ASettings {}

        @Page(uid = "page", entrypoint = "/app/pages/Page.tsx")
        static class APage {}

        @AppFunction(uid = "function", entrypoint = "/app/functions/f.js", secretKeys = "KEY",
            endpoint = @Endpoint(path = "f", methods = HttpMethod.GET))
        static class AFunction {}

        @Telemetry(uid = "telemetry", providerType = TelemetryProvider.SENTRY, datasetName = "logs",
            logTypes = "CRM_LEGACY_CARD", logLevels = "ERROR")
        static class ATelemetry {}

        @Scim(uid = "scim", roleSyncEnabled = true)
        static class AScim {}

        @CrmBulkAction(uid = "bulk", label = "Bulk", entrypoint = "/app/actions/Bulk.tsx",
            objectTypes = CrmObjectType.DEALS, displayMode = DisplayMode.MODAL, icon = BulkActionIcon.ADD)
        static class ABulkAction {}

        @WorkflowAction(uid = "action", actionUrl = "https://example.com/action", published = true,
            workflows = true, objectTypes = "CONTACT", output = Sent.class, objectRequestProperties = "email",
            labels = @ActionLabels(locale = "en", actionName = "Act", actionDescription = "Acts.",
                actionCardContent = "Acting", appDisplayName = "Everything",
                inputFieldLabels = @FieldText(name = "message", text = "Message"),
                inputFieldDescriptions = @FieldText(name = "message", text = "What to say"),
                outputFieldLabels = @FieldText(name = "sent", text = "Sent"),
                executionRules = @FieldText(name = "done", text = "Done")),
            fieldDependencies = @FieldDependency(controllingField = "priority", controllingValue = "high",
                dependentFields = "message"),
            executionRules = @ExecutionRule(labelName = "done", conditions = "{}"))
        @AgentTool(toolType = ToolType.TAKE_ACTION, description = "Acts for agents.")
        record Act(
            @InputField(name = "message", label = "Message", description = "What to say", fieldType = "text",
                supportedValueTypes = ValueType.STATIC_VALUE, required = true,
                optionsUrl = "https://example.com/options", owner = true) String message,
            @InputField Priority priority) {}

        record Sent(@OutputField(name = "sent", label = "Sent") boolean sent) {}

        enum Priority {
          @Option(value = "high", label = "High", description = "Soon", displayOrder = 1, hidden = false) HIGH
        }

        @AppEvent(uid = "event", name = "Event", objectType = AppEventObjectType.CONTACT,
            headerTemplate = "Header", detailTemplate = "Detail")
        record Event(@EventProperty(name = "what", label = "What", description = "What happened") String what) {}

        @AppObject(uid = "car", name = "CAR", description = "Cars.", singularForm = "Car", pluralForm = "Cars",
            appPrefix = "cars", primaryDisplayLabelProperty = "model", secondaryDisplayLabelProperties = "year",
            propertyGroups = @PropertyGroup(name = "main", label = "Main"),
            defaultCreateFormFields = @CreateFormField(property = "model", required = true, removable = false),
            hasRecordPage = true, allowsUserCreatedRecords = true, hasEngagements = true)
        record Car(
            @ObjectProperty(name = "model", label = "Model", description = "The model", fieldType = "text",
                groupName = "main", hasUniqueValue = true, readOnlyValue = false, formField = true, hidden = false,
                calculationFormula = "") String model,
            @ObjectProperty Priority year) {}

        @AppObjectAssociation(uid = "owner", firstObject = Car.class, secondObject = void.class,
            secondObjectType = "contacts", labels = @AssociationLabel(name = "owner", firstObjectTypeLabel = "Cars",
                secondObjectTypeLabel = "Owners"))
        static class Ownership {}

        @ExperimentalFeature(type = ExperimentalFeatureType.MCP_SERVER, uid = "mcp", config = "{}")
        static class AnMcpServer {}
      }
      """);

  @Test
  void everyAnnotationMemberIsDeclaredReadOrIgnoredOnce() throws Exception {
    Map<String, AnnotationMembers> declared = declarations();
    List<String> wrong = new ArrayList<>();
    for (Class<?> annotation : AnnotationTypes.all()) {
      AnnotationMembers members = declared.remove(annotation.getName());
      if (members == null) {
        wrong.add(annotation.getName() + " is read by no component");
        continue;
      }
      Set<String> undeclared = new TreeSet<>(AnnotationTypes.members(annotation));
      undeclared.removeAll(members.read());
      undeclared.removeAll(members.ignored().keySet());
      Set<String> unknown = new TreeSet<>(members.read());
      unknown.addAll(members.ignored().keySet());
      unknown.removeAll(AnnotationTypes.members(annotation));
      Set<String> both = new TreeSet<>(members.read());
      both.retainAll(members.ignored().keySet());
      report(wrong, annotation.getName(), "members neither read nor ignored", undeclared);
      report(wrong, annotation.getName(), "declared members it does not have", unknown);
      report(wrong, annotation.getName(), "members both read and ignored", both);
      members
          .ignored()
          .forEach(
              (member, reason) -> {
                if (reason.isBlank()) {
                  wrong.add(annotation.getName() + "." + member + " is ignored without a reason");
                }
              });
    }
    declared
        .keySet()
        .forEach(
            name ->
                wrong.add(name + " is declared, but the annotations jar has no such annotation"));

    assertEquals(List.of(), wrong);
  }

  @Test
  void everyDeclaredMemberIsReadFromAProjectThatUsesThemAll() {
    Map<String, Set<String>> read = new TreeMap<>();
    ReadLog log =
        new ReadLog(
            (members, member) ->
                read.computeIfAbsent(members.annotation(), name -> new TreeSet<>()).add(member));
    Compilation compilation =
        javac()
            .withClasspath(TestClassPath.entries(false))
            .withProcessors(
                new OnTypes(
                    (types, env) -> {
                      new ProjectReader(env.getElementUtils(), env.getTypeUtils()).read(types, log);
                      ProfileAnnotations.read(
                          types, new TypeReader(env.getElementUtils(), env.getTypeUtils(), log));
                    }))
            .compile(EVERYTHING);
    assertThat(compilation.errors()).isEmpty();
    assertTrue(log.complete(), "the project could not be read in full");

    List<String> unread = new ArrayList<>();
    for (AnnotationMembers members : Components.reads()) {
      Set<String> never = new TreeSet<>(members.read());
      never.removeAll(read.getOrDefault(members.annotation(), Set.of()));
      report(unread, members.annotation(), "declared as read, never read", never);
    }
    assertEquals(List.of(), unread);
  }

  @Test
  void aMemberTheDeclarationDoesNotNameIsRefused() {
    List<String> refusals = new ArrayList<>();
    AnnotationMembers uidOnly = AnnotationMembers.of(CARD, "uid");
    onCard(
        card -> {
          MirrorReader reader =
              new MirrorReader(card.type(), card.mirror(), uidOnly, card.elements(), new ReadLog());
          assertEquals("card", reader.string("uid").value());
          refusals.add(refusal(() -> reader.string("name")));
          refusals.add(refusal(() -> reader.strings("objectTypes")));
          refusals.add(refusal(() -> reader.origin("previewImage")));
          MirrorReader ignoring =
              new MirrorReader(
                  card.type(),
                  card.mirror(),
                  uidOnly.ignoring("name", "the file is named after the uid"),
                  card.elements(),
                  new ReadLog());
          refusals.add(refusal(() -> ignoring.string("name")));
          refusals.add(
              refusal(
                  () ->
                      new TypeReader(card.elements(), card.types(), new ReadLog())
                          .read(
                              card.type(),
                              card.mirror(),
                              AnnotationMembers.of("io.github.hubspotapt.Page", "uid"))));
        });

    assertEquals(
        List.of(
            "hubspot-apt reads io.github.hubspotapt.Card.name, which its reader does not declare",
            "hubspot-apt reads io.github.hubspotapt.Card.objectTypes, which its reader does not declare",
            "hubspot-apt reads io.github.hubspotapt.Card.previewImage, which its reader does not declare",
            "hubspot-apt reads io.github.hubspotapt.Card.name, which it declares as ignored: the file is named after the uid",
            "@io.github.hubspotapt.Card read as io.github.hubspotapt.Page"),
        refusals);
  }

  private static Map<String, AnnotationMembers> declarations() {
    Map<String, AnnotationMembers> declared = new TreeMap<>();
    List<String> twice = new ArrayList<>();
    for (AnnotationMembers members : Components.reads()) {
      if (declared.put(members.annotation(), members) != null) {
        twice.add(members.annotation());
      }
    }
    assertEquals(List.of(), twice, "annotations declared by more than one reader");
    return declared;
  }

  private static void report(
      List<String> wrong, String annotation, String what, Set<String> members) {
    if (!members.isEmpty()) {
      wrong.add(annotation + ": " + what + ": " + members);
    }
  }

  private static String refusal(Runnable read) {
    try {
      read.run();
      return "not refused";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** The {@code @Card} of the project, as a processor sees it. */
  private record OnCard(
      TypeElement type, AnnotationMirror mirror, Elements elements, Types types) {}

  /**
   * A processor that hands the types of the first round, nested ones included, to {@code action}.
   */
  @SupportedAnnotationTypes("*")
  private static final class OnTypes extends AbstractProcessor {

    private final BiConsumer<List<TypeElement>, ProcessingEnvironment> action;

    OnTypes(BiConsumer<List<TypeElement>, ProcessingEnvironment> action) {
      this.action = action;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!round.processingOver()) {
        List<TypeElement> types = new ArrayList<>();
        ElementFilter.typesIn(round.getRootElements()).forEach(type -> addWithNested(type, types));
        action.accept(types, processingEnv);
      }
      return false;
    }

    private static void addWithNested(TypeElement type, List<TypeElement> types) {
      types.add(type);
      ElementFilter.typesIn(type.getEnclosedElements())
          .forEach(nested -> addWithNested(nested, types));
    }
  }

  private static void onCard(Consumer<OnCard> check) {
    List<Boolean> seen = new ArrayList<>();
    Compilation compilation =
        javac()
            .withClasspath(TestClassPath.entries(false))
            .withProcessors(
                new OnTypes(
                    (types, env) -> {
                      for (TypeElement type : types) {
                        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
                          if (MirrorReader.nameOf(mirror).equals(CARD)) {
                            check.accept(
                                new OnCard(
                                    type, mirror, env.getElementUtils(), env.getTypeUtils()));
                            seen.add(true);
                          }
                        }
                      }
                    }))
            .compile(EVERYTHING);
    assertThat(compilation.errors()).isEmpty();
    assertEquals(List.of(true), seen);
  }
}
