package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The app's pages (at most one per app), written to {@code src/app/pages/<uid>-hsmeta.json}. On platform 2025.2 and
 * 2026.03-beta this is the single "app home" page; from 2026.03 on, the entrypoint is a router with many pages.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Page {

  String uid();

  /** The page's (or router's) React file: {@code /app/pages/Home.tsx}. */
  String entrypoint();
}
