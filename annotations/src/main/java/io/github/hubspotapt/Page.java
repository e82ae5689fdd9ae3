package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The app's pages, written to {@code src/app/pages/<uid in kebab case>-hsmeta.json} (type {@code
 * page}). At most one per app. What it is depends on the platform version: on 2025.2 and
 * 2026.03-beta it is the single "app home" page ({@code location: "home"} is written); from 2026.03
 * on, the entrypoint is a router with many pages and no location is written.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Page {

  /**
   * {@return the page's uid} Written as the file's {@code uid}, with the rules of {@link
   * HubSpotApp#uid()}.
   */
  String uid();

  /**
   * {@return the name of the page's file} Empty (the default) names it after its uid in kebab case
   * ({@code <name>-hsmeta.json}); set it to keep the name a project's file already has, as {@link
   * HubSpotApp#fileName()} describes.
   */
  String fileName() default "";

  /**
   * {@return the scopes the page needs besides the app's} Written as the file's top-level {@code
   * permissions} when a list is set; platform 2026.09-beta and later.
   */
  Permissions permissions() default @Permissions;

  /**
   * {@return the page's (or router's) React file} Written as {@code config.entrypoint}: a {@code
   * .tsx} or {@code .jsx} file below {@code /app/pages/}, for example {@code /app/pages/Home.tsx}.
   */
  String entrypoint();
}
