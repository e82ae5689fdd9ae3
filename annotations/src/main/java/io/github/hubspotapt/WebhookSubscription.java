package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One webhook subscription, declared on the class or method that handles it. The processor gathers
 * every subscription of the compilation into the app's one webhooks file ({@link WebhookSettings}),
 * in the group its type belongs to: {@code object.*} types in {@code
 * config.subscriptions.crmObjects} (with {@link #objectType()}), {@code contact.creation}-style
 * types in {@code legacyCrmObjects}, and {@code contact.privacyDeletion} and {@code conversation.*}
 * in {@code hubEvents}. The same subscription (type, object, property) declared twice is an error.
 * The app should request the read scope of each subscription's object ({@code conversations.read}
 * for conversation events; a warning names the missing one).
 *
 * <pre>{@code
 * @WebhookSubscription(subscriptionType = "object.propertyChange", objectType = "deal", propertyName = "dealstage")
 * void onDealStageChange(WebhookEvent event) { ... }
 * }</pre>
 *
 * <p>Repeated on one method or class, javac wraps the annotations in an implicit {@link
 * WebhookSubscriptions} and points diagnostics at the method or class name; write the container
 * explicitly for exact positions.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(WebhookSubscriptions.class)
public @interface WebhookSubscription {

  /**
   * {@return the event type} Written as {@code subscriptionType}: {@code object.<event>} (events
   * {@code creation}, {@code deletion}, {@code propertyChange}, {@code merge}, {@code restore},
   * {@code associationChange}), the classic {@code <object>.<event>} for {@code contact}, {@code
   * company}, {@code deal}, {@code ticket}, {@code line_item} and {@code product} (for example
   * {@code contact.deletion}; {@code product} has no {@code associationChange}), {@code
   * contact.privacyDeletion}, or {@code conversation.creation}, {@code .deletion}, {@code
   * .newMessage}, {@code .privacyDeletion}, {@code .propertyChange}. Another value is an error with
   * the nearest one.
   */
  String subscriptionType();

  /**
   * {@return the CRM object of an {@code object.*} subscription} Written as {@code objectType},
   * lower-case singular as in HubSpot's templates: {@code contact}, {@code company}, {@code deal},
   * {@code ticket}, {@code product}, {@code line_item}, or a custom object ({@code p_<name>} or
   * {@code 2-<id>}). Required for {@code object.*} types; the classic types name their object in
   * the type, so it stays empty (the default) for them and the key is left out.
   */
  String objectType() default "";

  /**
   * {@return the property whose change triggers the event} Written as {@code propertyName}; given
   * exactly for the {@code *.propertyChange} types, empty (the default, key left out) otherwise.
   */
  String propertyName() default "";

  /**
   * {@return whether HubSpot delivers the events} Written as {@code active} (always written; {@code
   * true} by default).
   */
  boolean active() default true;
}
