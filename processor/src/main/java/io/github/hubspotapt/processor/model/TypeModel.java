package io.github.hubspotapt.processor.model;

import java.util.List;

/**
 * What one annotated type declares: its app and {@code @Auth} (null when it has none), its
 * features, the webhook subscriptions on its methods, its {@code @Profile}s and the annotations on
 * it that nothing reads without another. The project is these, merged over all types; a partial
 * compilation reuses those of the types it did not compile ({@code cache.ModelCache}). {@code
 * placeholders} tells whether any of its values uses a profile variable ({@code ${NAME}}, or a
 * typed member's {@code ...Variable} sibling), as the rules' substitution finds them; the profiles'
 * own values are never substituted.
 */
public record TypeModel(
    App app,
    Auth auth,
    List<Feature> features,
    List<WebhookSubscription> subscriptions,
    @Verbatim List<Profile> profiles,
    List<UnusedAnnotation> unused,
    boolean placeholders) {

  public TypeModel {
    features = List.copyOf(features);
    subscriptions = List.copyOf(subscriptions);
    profiles = List.copyOf(profiles);
    unused = List.copyOf(unused);
  }

  /** This model, telling whether it uses a profile variable. */
  public TypeModel withPlaceholders(boolean placeholders) {
    return new TypeModel(app, auth, features, subscriptions, profiles, unused, placeholders);
  }
}
