package io.github.hubspotapt.processor.model;

/**
 * Each record of the model built from its component values, and taken apart into them, in the order
 * of its components (its canonical constructor's parameters): the model cache decodes and encodes
 * types' models through it, and a profile's values are put into a copy of the model through it
 * ({@code Substitution}). The compiler holds each constructor call to its parameters; {@code
 * ModelRecordsTest} holds each record's values to its components, and {@code ModelCodecTest}
 * round-trips a value of every record of the model, so that a record missing here, or built or
 * taken apart in another order, fails them.
 *
 * <p>Plain constructor calls and accessors, not reflection: the JDK turns a constructor or method
 * called reflectively more than 15 times into a class it generates (and a method handle into
 * classes for its lambda forms). A full build walked every type's model reflectively and paid for
 * ~170 such classes (bench/warm-jvm.md, ninth pass), and a build tool that loads the processor in a
 * new class loader for every compilation (Gradle, an IDE) has new constructors each time, so
 * decoding the cached models paid for those classes in every compilation.
 */
public abstract class ModelRecords {

  private static final String MODEL = "io.github.hubspotapt.processor.model.";

  /** The next value of the encoded model, of the type its place in the constructor calls for. */
  @SuppressWarnings("TypeParameterUnusedInFormals") // the type is the constructor parameter's
  protected abstract <T> T next();

  /**
   * A record of the class named {@code className} from the next values; IllegalArgumentException
   * for a class that is no record of the model, ClassCastException for values of other types.
   */
  public final Object record(String className) {
    return switch (className) {
      case MODEL + "ActionLabels" ->
          new ActionLabels(
              next(), next(), next(), next(), next(), next(), next(), next(), next(), next());
      case MODEL + "AgentTool" -> new AgentTool(next(), next(), next());
      case MODEL + "App" ->
          new App(
              next(), next(), next(), next(), next(), next(), next(), next(), next(), next(),
              next(), next(), next(), next());
      case MODEL + "AppEvent" ->
          new AppEvent(next(), next(), next(), next(), next(), next(), next(), next());
      case MODEL + "AppFunction" ->
          new AppFunction(next(), next(), next(), next(), next(), next(), next(), next());
      case MODEL + "AppObject" ->
          new AppObject(
              next(), next(), next(), next(), next(), next(), next(), next(), next(), next(),
              next(), next(), next(), next(), next(), next(), next());
      case MODEL + "AppObjectAssociation" ->
          new AppObjectAssociation(next(), next(), next(), next(), next(), next(), next());
      case MODEL + "AssociationLabel" -> new AssociationLabel(next(), next(), next(), next());
      case MODEL + "Auth" -> new Auth(next(), next(), next(), next(), next(), next());
      case MODEL + "Card" ->
          new Card(next(), next(), next(), next(), next(), next(), next(), next(), next(), next());
      case MODEL + "ComponentFile" -> new ComponentFile(next(), next());
      case MODEL + "CreateFormField" -> new CreateFormField(next(), next(), next());
      case MODEL + "CrmBulkAction" ->
          new CrmBulkAction(next(), next(), next(), next(), next(), next(), next(), next());
      case MODEL + "EventProperty" -> new EventProperty(next(), next(), next(), next(), next());
      case MODEL + "ExecutionRule" -> new ExecutionRule(next(), next(), next());
      case MODEL + "ExperimentalFeature" ->
          new ExperimentalFeature(next(), next(), next(), next(), next(), next());
      case MODEL + "FieldDependency" -> new FieldDependency(next(), next(), next(), next());
      case MODEL + "FieldShape" -> new FieldShape(next(), next(), next(), next());
      case MODEL + "HubSpotProject" ->
          new HubSpotProject(
              next(), next(), next(), next(), next(), next(), next(), next(), next());
      case MODEL + "InputField" ->
          new InputField(
              next(), next(), next(), next(), next(), next(), next(), next(), next(), next());
      case MODEL + "ObjectProperty" ->
          new ObjectProperty(
              next(), next(), next(), next(), next(), next(), next(), next(), next(), next(),
              next(), next());
      case MODEL + "Option" -> new Option(next(), next(), next(), next(), next());
      case MODEL + "OutputField" -> new OutputField(next(), next(), next(), next(), next(), next());
      case MODEL + "Page" -> new Page(next(), next(), next(), next());
      case MODEL + "Permissions" -> new Permissions(next(), next(), next(), next());
      case MODEL + "PermittedUrls" -> new PermittedUrls(next(), next(), next());
      case MODEL + "Profile" -> new Profile(next(), next(), next(), next(), next(), next());
      case MODEL + "ProfileVariable" -> new ProfileVariable(next(), next(), next());
      case MODEL + "PropertyGroup" -> new PropertyGroup(next(), next());
      case MODEL + "Scim" -> new Scim(next(), next(), next(), next());
      case MODEL + "Settings" -> new Settings(next(), next(), next(), next());
      case MODEL + "Support" -> new Support(next(), next(), next(), next());
      case MODEL + "Telemetry" ->
          new Telemetry(next(), next(), next(), next(), next(), next(), next());
      case MODEL + "Text" -> new Text(next(), next());
      case MODEL + "TypeModel" ->
          new TypeModel(next(), next(), next(), next(), next(), next(), next());
      case MODEL + "UnusedAnnotation" -> new UnusedAnnotation(next(), next(), next());
      case MODEL + "WebhookSettings" ->
          new WebhookSettings(next(), next(), next(), next(), next(), next(), next());
      case MODEL + "WebhookSubscription" ->
          new WebhookSubscription(next(), next(), next(), next(), next());
      case MODEL + "WorkflowAction" ->
          new WorkflowAction(
              next(), next(), next(), next(), next(), next(), next(), next(), next(), next(),
              next(), next(), next(), next(), next());
      default -> throw new IllegalArgumentException("not a record of the model: " + className);
    };
  }

  /**
   * A record of the class named {@code className} from its component values, in order;
   * IllegalArgumentException for a class that is no record of the model.
   */
  public static Object record(String className, Object[] values) {
    return new ValuesInOrder(values).record(className);
  }

  /**
   * The component values of {@code record}, in order; IllegalArgumentException for a record that is
   * not of the model.
   */
  public static Object[] components(Record record) {
    return switch (record.getClass().getName()) {
      case MODEL + "ActionLabels" -> {
        ActionLabels r = (ActionLabels) record;
        yield new Object[] {
          r.origin(),
          r.locale(),
          r.actionName(),
          r.actionDescription(),
          r.actionCardContent(),
          r.appDisplayName(),
          r.inputFieldLabels(),
          r.inputFieldDescriptions(),
          r.outputFieldLabels(),
          r.executionRules()
        };
      }
      case MODEL + "AgentTool" -> {
        AgentTool r = (AgentTool) record;
        yield new Object[] {r.origin(), r.toolType(), r.description()};
      }
      case MODEL + "App" -> {
        App r = (App) record;
        yield new Object[] {
          r.origin(),
          r.uid(),
          r.fileName(),
          r.name(),
          r.description(),
          r.distribution(),
          r.logo(),
          r.userLevel(),
          r.permittedUrls(),
          r.support(),
          r.projectName(),
          r.platformVersion(),
          r.srcDir(),
          r.auth()
        };
      }
      case MODEL + "AppEvent" -> {
        AppEvent r = (AppEvent) record;
        yield new Object[] {
          r.origin(),
          r.uid(),
          r.file(),
          r.name(),
          r.objectType(),
          r.headerTemplate(),
          r.detailTemplate(),
          r.properties()
        };
      }
      case MODEL + "AppFunction" -> {
        AppFunction r = (AppFunction) record;
        yield new Object[] {
          r.origin(),
          r.uid(),
          r.file(),
          r.entrypoint(),
          r.secretKeys(),
          r.endpoint(),
          r.endpointPath(),
          r.endpointMethods()
        };
      }
      case MODEL + "AppObject" -> {
        AppObject r = (AppObject) record;
        yield new Object[] {
          r.origin(),
          r.typeName(),
          r.uid(),
          r.file(),
          r.name(),
          r.description(),
          r.singularForm(),
          r.pluralForm(),
          r.appPrefix(),
          r.primaryDisplayLabelProperty(),
          r.secondaryDisplayLabelProperties(),
          r.properties(),
          r.propertyGroups(),
          r.defaultCreateFormFields(),
          r.hasRecordPage(),
          r.allowsUserCreatedRecords(),
          r.hasEngagements()
        };
      }
      case MODEL + "AppObjectAssociation" -> {
        AppObjectAssociation r = (AppObjectAssociation) record;
        yield new Object[] {
          r.origin(),
          r.uid(),
          r.file(),
          r.firstObject(),
          r.secondObject(),
          r.secondObjectType(),
          r.labels()
        };
      }
      case MODEL + "AssociationLabel" -> {
        AssociationLabel r = (AssociationLabel) record;
        yield new Object[] {
          r.origin(), r.name(), r.firstObjectTypeLabel(), r.secondObjectTypeLabel()
        };
      }
      case MODEL + "Auth" -> {
        Auth r = (Auth) record;
        yield new Object[] {
          r.origin(),
          r.type(),
          r.redirectUrls(),
          r.requiredScopes(),
          r.optionalScopes(),
          r.conditionallyRequiredScopes()
        };
      }
      case MODEL + "Card" -> {
        Card r = (Card) record;
        yield new Object[] {
          r.origin(),
          r.uid(),
          r.file(),
          r.name(),
          r.description(),
          r.location(),
          r.entrypoint(),
          r.objectTypes(),
          r.previewFile(),
          r.previewAltText()
        };
      }
      case MODEL + "ComponentFile" -> {
        ComponentFile r = (ComponentFile) record;
        yield new Object[] {r.fileName(), r.permissions()};
      }
      case MODEL + "CreateFormField" -> {
        CreateFormField r = (CreateFormField) record;
        yield new Object[] {r.property(), r.required(), r.removable()};
      }
      case MODEL + "CrmBulkAction" -> {
        CrmBulkAction r = (CrmBulkAction) record;
        yield new Object[] {
          r.origin(),
          r.uid(),
          r.file(),
          r.label(),
          r.entrypoint(),
          r.objectTypes(),
          r.displayMode(),
          r.icon()
        };
      }
      case MODEL + "EventProperty" -> {
        EventProperty r = (EventProperty) record;
        yield new Object[] {r.origin(), r.name(), r.shape(), r.label(), r.description()};
      }
      case MODEL + "ExecutionRule" -> {
        ExecutionRule r = (ExecutionRule) record;
        yield new Object[] {r.origin(), r.labelName(), r.conditions()};
      }
      case MODEL + "ExperimentalFeature" -> {
        ExperimentalFeature r = (ExperimentalFeature) record;
        yield new Object[] {r.origin(), r.type(), r.typeValue(), r.uid(), r.file(), r.config()};
      }
      case MODEL + "FieldDependency" -> {
        FieldDependency r = (FieldDependency) record;
        yield new Object[] {
          r.origin(), r.controllingField(), r.controllingValue(), r.dependentFields()
        };
      }
      case MODEL + "FieldShape" -> {
        FieldShape r = (FieldShape) record;
        yield new Object[] {r.javaType(), r.type(), r.fieldType(), r.options()};
      }
      case MODEL + "HubSpotProject" -> {
        HubSpotProject r = (HubSpotProject) record;
        yield new Object[] {
          r.apps(),
          r.authsWithoutApp(),
          r.features(),
          r.webhookSubscriptions(),
          r.profiles(),
          r.unusedAnnotations(),
          r.complete(),
          r.unknownConstants(),
          r.placeholders()
        };
      }
      case MODEL + "InputField" -> {
        InputField r = (InputField) record;
        yield new Object[] {
          r.origin(),
          r.name(),
          r.shape(),
          r.label(),
          r.description(),
          r.fieldType(),
          r.supportedValueTypes(),
          r.required(),
          r.optionsUrl(),
          r.owner()
        };
      }
      case MODEL + "ObjectProperty" -> {
        ObjectProperty r = (ObjectProperty) record;
        yield new Object[] {
          r.origin(),
          r.name(),
          r.shape(),
          r.label(),
          r.description(),
          r.fieldType(),
          r.groupName(),
          r.hasUniqueValue(),
          r.readOnlyValue(),
          r.formField(),
          r.hidden(),
          r.calculationFormula()
        };
      }
      case MODEL + "Option" -> {
        Option r = (Option) record;
        yield new Object[] {r.value(), r.label(), r.description(), r.displayOrder(), r.hidden()};
      }
      case MODEL + "OutputField" -> {
        OutputField r = (OutputField) record;
        yield new Object[] {
          r.origin(), r.name(), r.shape(), r.label(), r.fieldType(), r.externalOptions()
        };
      }
      case MODEL + "Page" -> {
        Page r = (Page) record;
        yield new Object[] {r.origin(), r.uid(), r.file(), r.entrypoint()};
      }
      case MODEL + "Permissions" -> {
        Permissions r = (Permissions) record;
        yield new Object[] {
          r.origin(), r.requiredScopes(), r.optionalScopes(), r.conditionallyRequiredScopes()
        };
      }
      case MODEL + "PermittedUrls" -> {
        PermittedUrls r = (PermittedUrls) record;
        yield new Object[] {r.fetch(), r.iframe(), r.img()};
      }
      case MODEL + "Profile" -> {
        Profile r = (Profile) record;
        yield new Object[] {
          r.origin(), r.name(), r.accountId(), r.variables(), r.file(), r.malformed()
        };
      }
      case MODEL + "ProfileVariable" -> {
        ProfileVariable r = (ProfileVariable) record;
        yield new Object[] {r.name(), r.kind(), r.text()};
      }
      case MODEL + "PropertyGroup" -> {
        PropertyGroup r = (PropertyGroup) record;
        yield new Object[] {r.name(), r.label()};
      }
      case MODEL + "Scim" -> {
        Scim r = (Scim) record;
        yield new Object[] {r.origin(), r.uid(), r.file(), r.roleSyncEnabled()};
      }
      case MODEL + "Settings" -> {
        Settings r = (Settings) record;
        yield new Object[] {r.origin(), r.uid(), r.file(), r.entrypoint()};
      }
      case MODEL + "Support" -> {
        Support r = (Support) record;
        yield new Object[] {
          r.supportEmail(), r.documentationUrl(), r.supportUrl(), r.supportPhone()
        };
      }
      case MODEL + "Telemetry" -> {
        Telemetry r = (Telemetry) record;
        yield new Object[] {
          r.origin(),
          r.uid(),
          r.file(),
          r.providerType(),
          r.datasetName(),
          r.logTypes(),
          r.logLevels()
        };
      }
      case MODEL + "Text" -> {
        Text r = (Text) record;
        yield new Object[] {r.name(), r.text()};
      }
      case MODEL + "TypeModel" -> {
        TypeModel r = (TypeModel) record;
        yield new Object[] {
          r.app(),
          r.auth(),
          r.features(),
          r.subscriptions(),
          r.profiles(),
          r.unused(),
          r.placeholders()
        };
      }
      case MODEL + "UnusedAnnotation" -> {
        UnusedAnnotation r = (UnusedAnnotation) record;
        yield new Object[] {r.origin(), r.annotation(), r.needs()};
      }
      case MODEL + "WebhookSettings" -> {
        WebhookSettings r = (WebhookSettings) record;
        yield new Object[] {
          r.origin(),
          r.uid(),
          r.file(),
          r.targetUrl(),
          r.maxConcurrentRequests(),
          r.maxConcurrentRequestsVariable(),
          r.maxConcurrentRequestsWritten()
        };
      }
      case MODEL + "WebhookSubscription" -> {
        WebhookSubscription r = (WebhookSubscription) record;
        yield new Object[] {
          r.origin(), r.subscriptionType(), r.objectType(), r.propertyName(), r.active()
        };
      }
      case MODEL + "WorkflowAction" -> {
        WorkflowAction r = (WorkflowAction) record;
        yield new Object[] {
          r.origin(),
          r.uid(),
          r.file(),
          r.actionUrl(),
          r.published(),
          r.workflows(),
          r.objectTypes(),
          r.labels(),
          r.inputFields(),
          r.outputType(),
          r.outputFields(),
          r.objectRequestProperties(),
          r.fieldDependencies(),
          r.executionRules(),
          r.agentTool()
        };
      }

      default ->
          throw new IllegalArgumentException(
              "not a record of the model: " + record.getClass().getName());
    };
  }

  private static final class ValuesInOrder extends ModelRecords {
    private final Object[] values;
    private int next;

    ValuesInOrder(Object[] values) {
      this.values = values;
    }

    @Override
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    protected <T> T next() {
      return (T) values[next++];
    }
  }
}
