package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scopes one component needs, beside the app's own in {@link Auth}: the top-level {@code
 * permissions} of the component's {@code *-hsmeta.json}, written after its {@code config}.
 * HubSpot's parser accepts it from platform version {@link PlatformVersion#V2026_09_BETA} on. Every
 * list is optional; when all are empty (the default) nothing is written. Scope names follow the
 * rules of {@link Auth#requiredScopes()}, and each is listed once. Only used inside a component
 * annotation's {@code permissions} member, such as {@link Card#permissions()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Permissions {

  /**
   * {@return the scopes the component cannot work without} Written as {@code
   * permissions.requiredScopes}.
   */
  String[] requiredScopes() default {};

  /**
   * {@return the scopes the component can use when granted} Written as {@code
   * permissions.optionalScopes}.
   */
  String[] optionalScopes() default {};

  /**
   * {@return the scopes the component needs only in some setups} Written as {@code
   * permissions.conditionallyRequiredScopes}.
   */
  String[] conditionallyRequiredScopes() default {};
}
