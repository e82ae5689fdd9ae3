package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The app's settings page, shown in the installing account under Connected apps, written to
 * {@code src/app/settings/<uid in kebab case>-hsmeta.json} (type {@code settings}). At most one per app; all platform
 * versions and distributions.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Settings {

  /**
   * {@return the settings page's uid} Written as the file's {@code uid}, with the rules of
   * {@link HubSpotApp#uid()}.
   */
  String uid();

  /**
   * {@return the settings page's React file} Written as {@code config.entrypoint}: a {@code .tsx} or {@code .jsx}
   * file below {@code /app/settings/}, for example {@code /app/settings/SettingsPage.tsx}.
   */
  String entrypoint();
}
