package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A timeline event type, declared on the Java type whose components are the event's properties ({@link
 * EventProperty}). Needs an OAuth marketplace app with the {@code timeline} scope. Written to
 * {@code src/app/app-events/<uid>-hsmeta.json}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AppEvent {

  String uid();

  /** At most 50 characters; HubSpot does not let it change after creation. */
  String name();

  /** The records the events appear on; {@link AppEventObjectType#CUSTOM_OBJECT} for custom objects. */
  AppEventObjectType objectType();

  /** The timeline card's header, at most 1,000 characters; {@code {{property}}} inserts a property. */
  String headerTemplate() default "";

  /** The timeline card's body, at most 10,000 characters. */
  String detailTemplate() default "";
}
