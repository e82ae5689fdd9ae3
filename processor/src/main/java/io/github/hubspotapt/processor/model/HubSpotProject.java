package io.github.hubspotapt.processor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Everything the compilation declares, as read from the annotations, before validation. A valid
 * project has exactly one app; the lists keep every declaration so that rules can point at each one
 * that is wrong. Features are in a stable order: by type, then by class name. {@code complete} is
 * false when some annotation value could not be read (javac reports why, or it is one of {@code
 * unknownConstants}); such a project is validated as far as it goes, but never written. {@code
 * unknownConstants} are the enum constants of the annotations jar that the processor does not know
 * ({@code Distribution.PARTNER}), each where the annotation has it. {@code profiles} are the
 * {@code @Profile}s (hand-written profile files are the front-end folder's): their values are what
 * is substituted, never substituted. {@code unusedAnnotations} are those on a type without the
 * component annotation they belong beside. {@code placeholders} is false when no value uses a
 * profile variable: the project is then the same in every profile.
 */
public record HubSpotProject(
    List<App> apps,
    List<Auth> authsWithoutApp,
    List<Feature> features,
    List<WebhookSubscription> webhookSubscriptions,
    @Verbatim List<Profile> profiles,
    List<UnusedAnnotation> unusedAnnotations,
    boolean complete,
    List<Located<String>> unknownConstants,
    boolean placeholders) {

  /** The app when there is exactly one, else null. */
  public App app() {
    return apps.size() == 1 ? apps.get(0) : null;
  }

  /** The app object declared on the type of this qualified name, or null. */
  public AppObject appObject(String typeName) {
    for (AppObject object : features(AppObject.class)) {
      if (object.typeName().equals(typeName)) {
        return object;
      }
    }
    return null;
  }

  /**
   * The project as the rules that read only the features of {@code types} see it: their features,
   * the webhook subscriptions only with {@link ComponentType#WEBHOOKS}, and all the rest. Such
   * rules then report the same wherever the other features changed, which a partial compilation
   * that changed only those relies on to skip them ({@code rules.Rules}).
   */
  public HubSpotProject only(Set<ComponentType> types) {
    if (types.size() == ComponentType.values().length) {
      return this; // the groups that read every component: no copy of every list in every build
    }
    List<Feature> read = new ArrayList<>();
    for (Feature feature : features) {
      if (types.contains(feature.type())) {
        read.add(feature);
      }
    }
    return new HubSpotProject(
        apps,
        authsWithoutApp,
        List.copyOf(read),
        types.contains(ComponentType.WEBHOOKS) ? webhookSubscriptions : List.of(),
        profiles,
        unusedAnnotations,
        complete,
        unknownConstants,
        placeholders);
  }

  /** The features of one kind, e.g. {@code features(Card.class)}. */
  public <F extends Feature> List<F> features(Class<F> kind) {
    List<F> ofKind = new ArrayList<>();
    for (Feature feature : features) {
      if (kind.isInstance(feature)) {
        ofKind.add(kind.cast(feature));
      }
    }
    return Collections.unmodifiableList(ofKind);
  }
}
