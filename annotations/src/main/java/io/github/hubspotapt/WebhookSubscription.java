package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import java.lang.annotation.Repeatable;

/**
 * One webhook subscription, declared on the class or method that handles it. The processor gathers every
 * subscription of the compilation into the app's one webhooks file, in the group its type belongs to:
 * {@code object.*} types in {@code crmObjects} (with {@link #objectType()}), {@code contact.creation}-style types in
 * {@code legacyCrmObjects}, and {@code contact.privacyDeletion} and {@code conversation.*} in {@code hubEvents}.
 *
 * <pre>{@code
 * @WebhookSubscription(subscriptionType = "object.propertyChange", objectType = "deal", propertyName = "dealstage")
 * void onDealStageChange(WebhookEvent event) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(WebhookSubscriptions.class)
public @interface WebhookSubscription {

  /** E.g. {@code object.creation}, {@code object.propertyChange}, {@code contact.deletion}, {@code conversation.newMessage}. */
  String subscriptionType();

  /** The CRM object of an {@code object.*} subscription, e.g. {@code contact}, {@code deal}; empty otherwise. */
  String objectType() default "";

  /** The property of a {@code *.propertyChange} subscription; empty otherwise. */
  String propertyName() default "";

  /** Whether HubSpot delivers the events. */
  boolean active() default true;
}
