package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An association between an app object and another object, referring to app objects by their Java
 * type, so a wrong reference does not compile. Written to {@code
 * src/app/app-object-associations/<uid in kebab case>-hsmeta.json} (type {@code
 * app-object-association}). Needs an OAuth marketplace app ({@link AuthType#OAUTH}, {@link
 * Distribution#MARKETPLACE}). The second object is either another app object ({@link
 * #secondObject()}) or a standard object ({@link #secondObjectType()}): exactly one of the two.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AppObjectAssociation {

  /**
   * {@return the association's uid} Written as the file's {@code uid}, with the rules of {@link
   * HubSpotApp#uid()}.
   */
  String uid();

  /**
   * {@return the name of the association's file} Empty (the default) names it after its uid in
   * kebab case ({@code <name>-hsmeta.json}); set it to keep the name a project's file already has,
   * as {@link HubSpotApp#fileName()} describes.
   */
  String fileName() default "";

  /**
   * {@return the scopes the association needs besides the app's} Written as the file's top-level
   * {@code permissions} when a list is set; platform 2026.09-beta and later.
   */
  Permissions permissions() default @Permissions;

  /**
   * {@return a type carrying {@link AppObject}} Written as {@code config.firstObjectType}: that app
   * object's {@link AppObject#uid()}.
   */
  Class<?> firstObject();

  /**
   * {@return another type carrying {@link AppObject}} Written as {@code config.secondObjectType}:
   * that app object's uid. {@code void.class} (the default) when {@link #secondObjectType()} is
   * used.
   */
  Class<?> secondObject() default void.class;

  /**
   * {@return a standard object, such as {@code CONTACT}} Written as {@code config.secondObjectType}
   * as given: one of {@code CALL}, {@code COMPANY}, {@code CONTACT}, {@code DEAL}, {@code EMAIL},
   * {@code LINE_ITEM}, {@code MEETING}, {@code NOTE}, {@code PRODUCT}, {@code QUOTE}, {@code TASK},
   * {@code TICKET}. Empty (the default) when {@link #secondObject()} is used.
   */
  String secondObjectType() default "";

  /**
   * {@return the association's labels} Written as {@code config.labels}, after the object types,
   * when there are any; none (the default) leaves it out.
   */
  AssociationLabel[] labels() default {};
}
