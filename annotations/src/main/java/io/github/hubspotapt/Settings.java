package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The app's settings page (at most one per app), written to {@code src/app/settings/<uid>-hsmeta.json}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Settings {

  String uid();

  /** The settings page's React file: {@code /app/settings/SettingsPage.tsx}. */
  String entrypoint();
}
