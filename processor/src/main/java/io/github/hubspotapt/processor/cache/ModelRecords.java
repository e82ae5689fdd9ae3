package io.github.hubspotapt.processor.cache;

import io.github.hubspotapt.processor.model.ActionLabels;
import io.github.hubspotapt.processor.model.AgentTool;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.AppFunction;
import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.AppObjectAssociation;
import io.github.hubspotapt.processor.model.AssociationLabel;
import io.github.hubspotapt.processor.model.Auth;
import io.github.hubspotapt.processor.model.Card;
import io.github.hubspotapt.processor.model.ComponentFile;
import io.github.hubspotapt.processor.model.CreateFormField;
import io.github.hubspotapt.processor.model.CrmBulkAction;
import io.github.hubspotapt.processor.model.EventProperty;
import io.github.hubspotapt.processor.model.ExecutionRule;
import io.github.hubspotapt.processor.model.ExperimentalFeature;
import io.github.hubspotapt.processor.model.FieldDependency;
import io.github.hubspotapt.processor.model.FieldShape;
import io.github.hubspotapt.processor.model.InputField;
import io.github.hubspotapt.processor.model.ObjectProperty;
import io.github.hubspotapt.processor.model.Option;
import io.github.hubspotapt.processor.model.OutputField;
import io.github.hubspotapt.processor.model.Page;
import io.github.hubspotapt.processor.model.Permissions;
import io.github.hubspotapt.processor.model.PermittedUrls;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.ProfileVariable;
import io.github.hubspotapt.processor.model.PropertyGroup;
import io.github.hubspotapt.processor.model.Scim;
import io.github.hubspotapt.processor.model.Settings;
import io.github.hubspotapt.processor.model.Support;
import io.github.hubspotapt.processor.model.Telemetry;
import io.github.hubspotapt.processor.model.Text;
import io.github.hubspotapt.processor.model.TypeModel;
import io.github.hubspotapt.processor.model.UnusedAnnotation;
import io.github.hubspotapt.processor.model.WebhookSettings;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import io.github.hubspotapt.processor.model.WorkflowAction;

/**
 * How {@link ModelCodec} builds each record of a type's model: by its canonical constructor, from
 * its component values in the order the codec writes them (the components', which are the
 * constructor's parameters), each read by {@link #next}. The compiler holds each line to its
 * constructor's parameters; {@code ModelCodecTest} round-trips a value of every record of the
 * model, so that a record missing here, or built from its values in another order, fails it.
 *
 * <p>Plain constructor calls, not reflection: the JDK turns a constructor called reflectively more
 * than 15 times into a class it generates (and a method handle into classes for its lambda forms),
 * and a build tool that loads the processor in a new class loader for every compilation (Gradle, an
 * IDE) has new constructors each time, so decoding the cached models paid for those classes in
 * every compilation.
 */
abstract class ModelRecords {

  private static final String MODEL = "io.github.hubspotapt.processor.model.";

  /** The next value of the encoded model, of the type its place in the constructor calls for. */
  @SuppressWarnings("TypeParameterUnusedInFormals") // the type is the constructor parameter's
  abstract <T> T next();

  /**
   * A record of the class named {@code className} from the next values; IllegalArgumentException
   * for a class that is no record of a type's model, ClassCastException for values of other types.
   */
  final Object record(String className) {
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
      default -> throw new IllegalArgumentException("not a record of a type's model: " + className);
    };
  }
}
