package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A serverless app function, written to {@code src/app/functions/<uid in kebab case>-hsmeta.json}
 * (type {@code app-function}). Private apps only ({@link Distribution#PRIVATE}), and from platform
 * 2026.03-beta on only with static auth ({@link AuthType#STATIC}); HubSpot's docs support several
 * functions per app from 2026.03 (HubSpot CLI 8.3.0 or later). The {@code src/app/functions} folder
 * needs a {@code package.json} (checked with {@code -Ahubspot.frontendDir}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AppFunction {

  /**
   * {@return the function's uid} Written as the file's {@code uid}, with the rules of {@link
   * HubSpotApp#uid()}; {@code hubspot-serverless-package-uid} is HubSpot's own and warned about.
   */
  String uid();

  /**
   * {@return the name of the function's file} Empty (the default) names it after its uid in kebab
   * case ({@code <name>-hsmeta.json}); set it to keep the name a project's file already has, as
   * {@link HubSpotApp#fileName()} describes.
   */
  String fileName() default "";

  /**
   * {@return the scopes the function needs besides the app's} Written as the file's top-level
   * {@code permissions} when a list is set; platform 2026.09-beta and later.
   */
  Permissions permissions() default @Permissions;

  /**
   * {@return the function's JavaScript file} Written as {@code config.entrypoint}: a {@code .js} or
   * {@code .ts} file below {@code /app/functions/}, for example {@code
   * /app/functions/MyFunction.js}.
   */
  String entrypoint();

  /**
   * {@return the names of the account secrets passed to the function as environment variables}
   * Written as {@code config.secretKeys} (an empty list by default, as in HubSpot's templates).
   * Names only, never the secret values: each is an environment-variable name (letters, digits and
   * {@code _}, not starting with a digit; an error otherwise, which never repeats the value).
   */
  String[] secretKeys() default {};

  /**
   * {@return the function's public endpoint} Written as {@code config.endpoint}, which makes it a
   * public endpoint function, called without authentication (HubSpot requires Content Hub
   * Enterprise for those). The default (empty path, no methods) writes no endpoint: a private
   * function, called only from the app.
   */
  Endpoint endpoint() default
      @Endpoint(
          path = "",
          methods = {});
}
