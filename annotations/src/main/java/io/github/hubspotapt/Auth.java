package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the app authenticates and which scopes it asks for: the {@code config.auth} block of {@code
 * src/app/app-hsmeta.json}. Goes on the class that carries {@link HubSpotApp} (it is required
 * there). The processor also generates {@code <AppClass>OAuth} from it, with the scopes and
 * redirect URLs as constants and, for OAuth apps, the install URL and token requests.
 *
 * <p>Scope names are strings: lower-case letters, digits, {@code .}, {@code _} and {@code -}; a
 * scope that HubSpot's docs and API specs do not list is a warning with the nearest known scope,
 * and a scope listed twice (within or across the three lists) is a warning.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Auth {

  /**
   * {@return how the app authenticates} Written as {@code auth.type} ({@code oauth} or {@code
   * static}). {@link AuthType#OAUTH} for installable apps; {@link AuthType#STATIC} only for private
   * apps.
   */
  AuthType type();

  /**
   * {@return where HubSpot sends the user after install} Written as {@code auth.redirectUrls}, for
   * OAuth apps only: an OAuth app needs at least one, each {@code https://<domain>...} or, for
   * testing, {@code http://localhost[:port]...} (never an IP address). On a static-auth app they
   * have no effect and are not written (a warning).
   */
  String[] redirectUrls() default {};

  /**
   * {@return the scopes every installing account must grant} Written as {@code
   * auth.requiredScopes}, for example {@code crm.objects.contacts.read}; at least one. HubSpot's
   * own samples always include {@code oauth}, and an app with {@link AppEvent}s needs {@code
   * timeline}.
   */
  String[] requiredScopes();

  /**
   * {@return the scopes granted when the installing account has them} Written as {@code
   * auth.optionalScopes} (an empty list by default, as in HubSpot's templates); HubSpot drops them
   * silently when the account lacks the tool. Static-auth apps can only use required scopes (a
   * warning).
   */
  String[] optionalScopes() default {};

  /**
   * {@return the scopes that become required when the install URL asks for them} Written as {@code
   * auth.conditionallyRequiredScopes} (an empty list by default, as in HubSpot's templates).
   */
  String[] conditionallyRequiredScopes() default {};
}
