package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one property of an {@link AppEvent}'s type: one entry of the event's {@code
 * config.properties}, with {@code type} (and, for an enum, {@code options}) following from the Java
 * type. A record component or field without it is a property all the same, with the defaults below.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface EventProperty {

  /**
   * {@return the property's name} Written as {@code name}, the name templates insert as {@code
   * {{name}}}; empty (the default) means the Java name.
   */
  String name() default "";

  /**
   * {@return the property's label} Written as {@code label}; empty (the default) means the
   * property's name.
   */
  String label() default "";

  /**
   * {@return what the property holds} Written as {@code description}, after {@code label}; empty
   * (the default) leaves it out.
   */
  String description() default "";
}
