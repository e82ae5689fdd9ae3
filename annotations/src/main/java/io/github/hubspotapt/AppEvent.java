package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A timeline event type, declared on the Java type whose record components (or instance fields) are
 * the event's properties ({@link EventProperty}; each becomes an entry of {@code
 * config.properties}, its type following from the Java type as for {@link WorkflowAction} input
 * fields). Written to {@code src/app/app-events/<uid in kebab case>-hsmeta.json} (type {@code
 * app-event}). Needs an OAuth marketplace app ({@link AuthType#OAUTH}, {@link
 * Distribution#MARKETPLACE}) with the {@code timeline} scope in {@link Auth#requiredScopes()};
 * HubSpot also requires approval for the feature and, per its docs, a project deployed once before
 * app events are added. At most 500 properties per event type and 750 event types per app.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AppEvent {

  /**
   * {@return the event type's uid} Written as the file's {@code uid}, with the rules of {@link
   * HubSpotApp#uid()}.
   */
  String uid();

  /**
   * {@return the name of the event type's file} Empty (the default) names it after its uid in kebab
   * case ({@code <name>-hsmeta.json}); set it to keep the name a project's file already has, as
   * {@link HubSpotApp#fileName()} describes.
   */
  String fileName() default "";

  /**
   * {@return the scopes the event type needs besides the app's} Written as the file's top-level
   * {@code permissions} when a list is set; platform 2026.09-beta and later.
   */
  Permissions permissions() default @Permissions;

  /**
   * {@return the event type's name} Written as {@code config.name}: 1 to 50 characters. HubSpot
   * does not let it change after creation.
   */
  String name();

  /**
   * {@return the records the events appear on} Written as {@code config.objectType}, the constant's
   * name; {@link AppEventObjectType#CUSTOM_OBJECT} writes {@code supportsCustomObject: true}
   * instead. HubSpot does not let it change after creation.
   */
  AppEventObjectType objectType();

  /**
   * {@return the timeline card's header} Written as {@code config.headerTemplate}: at most 1,000
   * characters; {@code {{property}}} inserts a property. Every token must name a declared property
   * (or the built-in {@code timestamp}). Left out when empty (the default).
   */
  String headerTemplate() default "";

  /**
   * {@return the timeline card's body} Written as {@code config.detailTemplate}: at most 10,000
   * characters, with the same tokens as {@link #headerTemplate()} and block helpers such as {@code
   * {{#formatDate timestamp}}}. Left out when empty (the default).
   */
  String detailTemplate() default "";
}
