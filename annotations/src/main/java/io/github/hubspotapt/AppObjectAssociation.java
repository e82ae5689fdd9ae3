package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An association between an app object and another object, referring to app objects by their Java type, so a wrong
 * reference does not compile. Written to {@code src/app/app-object-associations/<uid>-hsmeta.json}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AppObjectAssociation {

  String uid();

  /** A type carrying {@link AppObject}. */
  Class<?> firstObject();

  /** Another type carrying {@link AppObject}; {@code void.class} when {@link #secondObjectType()} is used. */
  Class<?> secondObject() default void.class;

  /** A standard object, e.g. {@code CONTACT}; empty when {@link #secondObject()} is used. */
  String secondObjectType() default "";
}
