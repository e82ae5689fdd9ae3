package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where HubSpot sends the app's webhook events: the {@code config.settings} of the app's one
 * webhooks file, {@code src/app/webhooks/<uid in kebab case>-hsmeta.json} (type {@code webhooks}).
 * On one class per app; all platform versions and distributions. The subscriptions are declared
 * with {@link WebhookSubscription} where they are handled, and need this annotation somewhere in
 * the compilation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WebhookSettings {

  /**
   * {@return the webhooks component's uid} Written as the file's {@code uid}, with the rules of
   * {@link HubSpotApp#uid()}; the default, {@code webhooks}, is the uid of HubSpot's template and
   * names the file {@code webhooks-hsmeta.json}.
   */
  String uid() default "webhooks";

  /**
   * {@return the name of the webhooks component's file} Empty (the default) names it after its uid
   * in kebab case ({@code <name>-hsmeta.json}); set it to keep the name a project's file already
   * has, as {@link HubSpotApp#fileName()} describes.
   */
  String fileName() default "";

  /**
   * {@return the scopes the webhooks component needs besides the app's} Written as the file's
   * top-level {@code permissions} when a list is set; platform 2026.09-beta and later.
   */
  Permissions permissions() default @Permissions;

  /**
   * {@return the URL HubSpot posts event batches to} Written as {@code config.settings.targetUrl}:
   * a publicly reachable https URL (not localhost).
   */
  String targetUrl();

  /**
   * {@return the most requests HubSpot makes to {@link #targetUrl()} at a time} Written as {@code
   * config.settings.maxConcurrentRequests}; at least 1. The default, 10, is the value of HubSpot's
   * template.
   */
  int maxConcurrentRequests() default 10;

  /**
   * {@return the profile variable that sets {@link #maxConcurrentRequests()} per profile, or "" for
   * none} When set, {@code config.settings.maxConcurrentRequests} is written as {@code
   * "${<variable>}"}, which HubSpot replaces with the variable's number in each {@link Profile};
   * {@link #maxConcurrentRequests()} is then not written. Every profile must define the variable as
   * a {@link VariableType#NUMBER}.
   */
  String maxConcurrentRequestsVariable() default "";
}
