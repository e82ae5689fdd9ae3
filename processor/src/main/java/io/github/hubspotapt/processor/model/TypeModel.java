package io.github.hubspotapt.processor.model;

import java.util.List;

/**
 * What one annotated type declares: its app and {@code @Auth} (null when it has none), its features, the webhook
 * subscriptions on its methods, its {@code @Profile}s and the annotations on it that nothing reads without another. The project is these, merged over all types; a partial compilation reuses those of
 * the types it did not compile ({@code cache.ModelCache}).
 */
public record TypeModel(App app, Auth auth, List<Feature> features, List<WebhookSubscription> subscriptions,
    List<Profile> profiles, List<UnusedAnnotation> unused) {

  public TypeModel {
    features = List.copyOf(features);
    subscriptions = List.copyOf(subscriptions);
    profiles = List.copyOf(profiles);
    unused = List.copyOf(unused);
  }
}
