package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where HubSpot sends the app's webhook events: the {@code settings} of {@code src/app/webhooks/<uid>-hsmeta.json}.
 * On one class per app. The subscriptions are declared with {@link WebhookSubscription} where they are handled.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WebhookSettings {

  String uid() default "webhooks";

  /** The public HTTPS URL HubSpot posts event batches to. */
  String targetUrl();

  /** The most requests HubSpot makes to {@link #targetUrl()} at a time. */
  int maxConcurrentRequests() default 10;
}
