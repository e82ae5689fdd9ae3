package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the app authenticates and which scopes it asks for: the {@code auth} block of {@code app-hsmeta.json}.
 * Goes on the class that carries {@link HubSpotApp}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Auth {

  /** {@link AuthType#OAUTH} for installable apps; {@link AuthType#STATIC} only for private apps. */
  AuthType type();

  /** Where HubSpot sends the user after install (OAuth only): {@code https://...} or {@code http://localhost...}. */
  String[] redirectUrls() default {};

  /** Scopes every installing account must grant, e.g. {@code crm.objects.contacts.read}. At least one. */
  String[] requiredScopes();

  /** Scopes granted when the installing account has them, dropped silently otherwise. */
  String[] optionalScopes() default {};

  /** Scopes that become required when the install URL asks for them. */
  String[] conditionallyRequiredScopes() default {};
}
