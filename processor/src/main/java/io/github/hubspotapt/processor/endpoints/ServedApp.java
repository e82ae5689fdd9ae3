package io.github.hubspotapt.processor.endpoints;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * What the app's entry point serves: the webhook handler classes and the workflow actions, and for
 * each HubSpot profile (the key "" when the app has none) the URL of every endpoint, substituted as
 * HubSpot's CLI substitutes it.
 *
 * @param appClass the {@code @HubSpotApp} class
 * @param handlers the classes with {@code @WebhookSubscription} methods, by name
 * @param actions the workflow actions, by their type's name
 * @param urls per profile, the URL of each endpoint by its key ({@link #WEBHOOKS}, an action's
 *     {@link Action#key()}, or its options key)
 * @param fetchUrls per profile, the app's {@code permittedUrls.fetch}: the back ends its cards and
 *     pages call
 */
record ServedApp(
    TypeElement appClass,
    List<TypeElement> handlers,
    List<Action> actions,
    Map<String, Map<String, String>> urls,
    Map<String, List<String>> fetchUrls) {

  static final String WEBHOOKS = "webhooks";

  /**
   * One workflow action.
   *
   * @param type its {@code @WorkflowAction} record
   * @param output its output record; null without one
   * @param hasOptions whether an input field fetches its options from an {@code optionsUrl}
   */
  record Action(TypeElement type, TypeElement output, boolean hasOptions) {

    String key() {
      return "action:" + type.getQualifiedName();
    }

    /** The key of the options URL of the input field {@code field}. */
    String optionsKey(String field) {
      return "options:" + type.getQualifiedName() + ":" + field;
    }

    boolean isOptionsKey(String key) {
      return key.startsWith("options:" + type.getQualifiedName() + ":");
    }
  }

  boolean servesAnything() {
    return !handlers.isEmpty() || !actions.isEmpty() || hasFetchUrls();
  }

  boolean hasFetchUrls() {
    return fetchUrls.values().stream().anyMatch(urls -> !urls.isEmpty());
  }
}
