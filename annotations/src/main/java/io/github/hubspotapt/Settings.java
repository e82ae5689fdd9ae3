package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The app's settings page, shown in the installing account under Connected apps, written to {@code
 * src/app/settings/<uid in kebab case>-hsmeta.json} (type {@code settings}). At most one per app;
 * all platform versions and distributions.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Settings {

  /**
   * {@return the settings page's uid} Written as the file's {@code uid}, with the rules of {@link
   * HubSpotApp#uid()}.
   */
  String uid();

  /**
   * {@return the name of the settings page's file} Empty (the default) names it after its uid in
   * kebab case ({@code <name>-hsmeta.json}); set it to keep the name a project's file already has,
   * as {@link HubSpotApp#fileName()} describes.
   */
  String fileName() default "";

  /**
   * {@return the scopes the settings page needs besides the app's} Written as the file's top-level
   * {@code permissions} when a list is set; platform 2026.09-beta and later.
   */
  Permissions permissions() default @Permissions;

  /**
   * {@return the settings page's React file} Written as {@code config.entrypoint}: a {@code .tsx}
   * or {@code .jsx} file below {@code /app/settings/}, for example {@code
   * /app/settings/SettingsPage.tsx}.
   */
  String entrypoint();
}
