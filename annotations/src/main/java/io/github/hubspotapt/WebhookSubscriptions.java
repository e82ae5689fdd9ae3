package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Several {@link WebhookSubscription}s on one class or method: the container of the repeatable
 * annotation. Written explicitly, each subscription's diagnostics point at its own value; javac's
 * implicit container points them at the method or class name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface WebhookSubscriptions {

  /** {@return the subscriptions} Each is written as described for {@link WebhookSubscription}. */
  WebhookSubscription[] value();
}
