package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.read.AnnotationMembers;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.read.JavaTypes;
import io.github.hubspotapt.processor.rules.RuleGroup;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The component types, one {@link Component} each: a new type is one line here. Everything that
 * differs by type goes through them: which annotations the processor is registered for, reading,
 * writing and the rules a project needs.
 */
public final class Components {

  static final WebhooksComponent WEBHOOKS = new WebhooksComponent();

  /** In {@link ComponentType}'s order. */
  private static final List<Component<?>> ALL =
      List.of(
          new CardComponent(),
          new SettingsComponent(),
          new PageComponent(),
          new AppFunctionComponent(),
          new TelemetryComponent(),
          new ScimComponent(),
          new CrmBulkActionComponent(),
          WEBHOOKS,
          new WorkflowActionComponent(),
          new AppEventComponent(),
          new AppObjectComponent(),
          new AppObjectAssociationComponent(),
          new ExperimentalFeatureComponent());

  private static final Map<ComponentType, Component<?>> BY_TYPE = byType();
  private static final Map<String, Component<?>> BY_ANNOTATION = byAnnotation();
  private static final Map<String, Component<?>> BY_COMPANION = byCompanion();

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

  static List<Component<?>> all() {
    return ALL;
  }

  static Component<?> of(ComponentType type) {
    return BY_TYPE.get(type);
  }

  /**
   * The component that the annotation of this qualified name declares, or null when it declares
   * none.
   */
  static Component<?> declaredBy(String annotation) {
    return BY_ANNOTATION.get(annotation);
  }

  /**
   * The component whose own annotation the annotation of this qualified name belongs beside on the
   * same type ({@code @AgentTool}: the workflow action's), or null.
   */
  static Component<?> companionOf(String annotation) {
    return BY_COMPANION.get(annotation);
  }

  /**
   * Every annotation type the processor reads, each once: the app's, the components',
   * {@code @Permissions} (nested in every component's) and the enum options'.
   */
  static List<AnnotationMembers> reads() {
    List<AnnotationMembers> reads = new ArrayList<>(AppComponent.reads());
    reads.addAll(ProfileAnnotations.reads());
    for (Component<?> component : ALL) {
      reads.addAll(component.reads());
    }
    reads.add(Component.PERMISSIONS_MEMBERS);
    reads.add(JavaTypes.OPTION);
    return reads;
  }

  /** The rule groups the project needs: those of the component types it declares. */
  public static Set<RuleGroup> rules(HubSpotProject project) {
    Set<ComponentType> types = EnumSet.noneOf(ComponentType.class);
    for (Feature feature : project.features()) {
      types.add(feature.type());
    }
    Set<RuleGroup> groups = EnumSet.noneOf(RuleGroup.class);
    for (Component<?> component : ALL) {
      if (component.declaredIn(types, project)) {
        groups.addAll(EVERY_COMPONENT);
        groups.addAll(component.rules());
      }
    }
    return groups;
  }

  private Components() {}

  private static Map<ComponentType, Component<?>> byType() {
    Map<ComponentType, Component<?>> byType = new EnumMap<>(ComponentType.class);
    for (Component<?> component : ALL) {
      component.types().forEach(type -> byType.put(type, component));
    }
    return byType;
  }

  private static Map<String, Component<?>> byCompanion() {
    Map<String, Component<?>> byCompanion = new HashMap<>();
    for (Component<?> component : ALL) {
      component.companions().forEach(companion -> byCompanion.put(companion, component));
    }
    return Map.copyOf(byCompanion);
  }

  private static Map<String, Component<?>> byAnnotation() {
    Map<String, Component<?>> byAnnotation = new HashMap<>();
    for (Component<?> component : ALL) {
      byAnnotation.put(component.annotation(), component);
    }
    return Map.copyOf(byAnnotation);
  }
}
