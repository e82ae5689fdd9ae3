package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * SCIM user provisioning from an identity provider, written to {@code src/app/scim/<uid in kebab
 * case>-hsmeta.json} (type {@code scim}). At most one per app, and only in a private app with
 * static auth ({@link Distribution#PRIVATE}, {@link AuthType#STATIC}). HubSpot's template notes
 * that the installing account needs a Professional or Enterprise plan with SSO, and that an account
 * has one SCIM app.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Scim {

  /**
   * {@return the SCIM configuration's uid} Written as the file's {@code uid}, with the rules of
   * {@link HubSpotApp#uid()}.
   */
  String uid();

  /**
   * {@return the name of the SCIM component's file} Empty (the default) names it after its uid in
   * kebab case ({@code <name>-hsmeta.json}); set it to keep the name a project's file already has,
   * as {@link HubSpotApp#fileName()} describes.
   */
  String fileName() default "";

  /**
   * {@return the scopes the SCIM component needs besides the app's} Written as the file's top-level
   * {@code permissions} when a list is set; platform 2026.09-beta and later.
   */
  Permissions permissions() default @Permissions;

  /**
   * {@return whether identity-provider roles are synced to the HubSpot permission sets of the same
   * name} Written as {@code config.roleSyncEnabled} (always written; {@code false} by default).
   */
  boolean roleSyncEnabled() default false;
}
