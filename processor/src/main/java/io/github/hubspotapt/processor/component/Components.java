package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.read.AnnotationMembers;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.read.JavaTypes;
import io.github.hubspotapt.processor.rules.RuleGroup;
import io.github.hubspotapt.processor.rules.Rules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The component types, one {@link Component} each: a new type is one line here. Everything that
 * differs by type goes through them: which annotations the processor is registered for, reading,
 * writing and the rules a project needs.
 *
 * <p>No table of all components: a compilation creates only those of the types it reads, writes or
 * checks, so that their classes (and their declarations') are loaded only then. A build tool that
 * loads the processor in a new class loader for every compilation (Gradle, an IDE) would otherwise
 * load all of them every time, one changed card included. Components hold no state, so each is
 * created where it is asked for.
 */
public final class Components {

  static final WebhooksComponent WEBHOOKS = new WebhooksComponent();

  /** The app-level annotations, which are not components ({@link AppComponent} says why). */
  public static final Set<String> APP_LEVEL =
      Set.of(
          AnnotationNames.HUBSPOT_APP,
          AnnotationNames.AUTH,
          ProfileAnnotations.PROFILE.annotation(),
          ProfileAnnotations.PROFILES.annotation());

  /**
   * The top-level annotations the processor is registered for: {@link AnnotationNames#TOP_LEVEL}, a
   * constant that ComponentsTest holds to the components' annotations and companions.
   */
  public static final Set<String> SUPPORTED = AnnotationNames.TOP_LEVEL;

  /** The rule groups that check every component, whatever its type. */
  private static final Set<RuleGroup> EVERY_COMPONENT =
      EnumSet.of(RuleGroup.EVERY_COMPONENT, RuleGroup.ENTRYPOINTS, RuleGroup.DISTRIBUTION);

  /** One of each component, in {@link ComponentType}'s order. */
  static List<Component<?>> all() {
    List<Component<?>> all = new ArrayList<>();
    Set<Class<?>> created = new HashSet<>();
    for (ComponentType type : ComponentType.values()) {
      Component<?> component = of(type);
      if (created.add(component.getClass())) {
        all.add(component);
      }
    }
    return all;
  }

  /** The component of {@code type}. */
  static Component<?> of(ComponentType type) {
    return switch (type) {
      case CARD -> component(new CardComponent());
      case SETTINGS -> component(new SettingsComponent());
      case PAGE -> component(new PageComponent());
      case APP_FUNCTION -> component(new AppFunctionComponent());
      case TELEMETRY -> component(new TelemetryComponent());
      case SCIM -> component(new ScimComponent());
      case CRM_BULK_ACTION -> component(new CrmBulkActionComponent());
      case WEBHOOKS -> WEBHOOKS;
      case WORKFLOW_ACTION -> component(new WorkflowActionComponent());
      case APP_EVENT -> component(new AppEventComponent());
      case APP_OBJECT -> component(new AppObjectComponent());
      case APP_OBJECT_ASSOCIATION -> component(new AppObjectAssociationComponent());
      case MARKETING_EVENT,
          MEDIA_BRIDGE,
          VIDEO_CONFERENCING,
          CALLING,
          WEBHOOKS_JOURNAL,
          MCP_SERVER,
          MCP_CLIENT,
          API_CLIENT ->
          component(new ExperimentalFeatureComponent());
    };
  }

  /**
   * {@code created} as a component, passed as an Object: the bytecode verifier then has no reason
   * to load every component class to check that it is one when it verifies {@link #of}.
   */
  private static Component<?> component(Object created) {
    return (Component<?>) created;
  }

  /**
   * The component that the annotation of this qualified name declares, or null when it declares
   * none. Found by the types' own names for their annotations ({@link ComponentType#annotation()},
   * held to the components' by ComponentsTest), so that only that component is created.
   */
  static Component<?> declaredBy(String annotation) {
    String prefix = AnnotationNames.PACKAGE + ".";
    if (!annotation.startsWith(prefix)) {
      return null;
    }
    String written = "@" + annotation.substring(prefix.length());
    for (ComponentType type : ComponentType.values()) {
      if (type.annotation().equals(written) || type.annotation().startsWith(written + "(")) {
        return of(type);
      }
    }
    return null;
  }

  /**
   * The component whose own annotation the annotation of this qualified name belongs beside on the
   * same type ({@code @AgentTool}: the workflow action's), or null. Components are asked only for a
   * HubSpot annotation that is neither the app's nor a component's, which most types do not have.
   */
  static Component<?> companionOf(String annotation) {
    if (!SUPPORTED.contains(annotation)
        || APP_LEVEL.contains(annotation)
        || declaredBy(annotation) != null) {
      return null;
    }
    for (Component<?> component : all()) {
      if (component.companions().contains(annotation)) {
        return component;
      }
    }
    return null;
  }

  /**
   * Every annotation type the processor reads, each once: the app's, the components',
   * {@code @Permissions} (nested in every component's) and the enum options'.
   */
  static List<AnnotationMembers> reads() {
    List<AnnotationMembers> reads = new ArrayList<>(AppComponent.reads());
    reads.addAll(ProfileAnnotations.reads());
    for (Component<?> component : all()) {
      reads.addAll(component.reads());
    }
    reads.add(Component.PERMISSIONS_MEMBERS);
    reads.add(JavaTypes.OPTION);
    return reads;
  }

  /**
   * The component types the project declares: those of its features, and webhooks also by
   * subscriptions without {@code @WebhookSettings}.
   */
  public static Set<ComponentType> declared(HubSpotProject project) {
    Set<ComponentType> types = EnumSet.noneOf(ComponentType.class);
    for (Feature feature : project.features()) {
      types.add(feature.type());
    }
    if (!project.webhookSubscriptions().isEmpty()) {
      types.add(ComponentType.WEBHOOKS);
    }
    return types;
  }

  /**
   * Of the rule groups of a project that declares the {@code declared} component types, at least
   * those that a change of the features of the {@code changed} types reaches ({@code
   * RuleGroup#reachedBy}), which are all that run on such a change (rules.Rules#reusing). Only the
   * components of the declared types such a group reads are created, so that a changed card loads
   * no workflow action's component.
   */
  public static Set<RuleGroup> rules(Set<ComponentType> declared, Set<ComponentType> changed) {
    Set<ComponentType> owners = Rules.owning(changed);
    owners.retainAll(declared);
    Set<RuleGroup> groups = rules(owners);
    if (!declared.isEmpty()) {
      groups.addAll(EVERY_COMPONENT);
    }
    return groups;
  }

  /** The rule groups of a project that declares the {@code declared} component types. */
  public static Set<RuleGroup> rules(Set<ComponentType> declared) {
    Set<RuleGroup> groups = EnumSet.noneOf(RuleGroup.class);
    for (ComponentType type : declared) {
      groups.addAll(EVERY_COMPONENT);
      groups.addAll(of(type).rules());
    }
    return groups;
  }

  private Components() {}
}
