package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A property on an {@link AppObject}'s create form: one entry of the object's {@code
 * config.defaultCreateFormFields}; only used inside {@link AppObject#defaultCreateFormFields()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface CreateFormField {

  /**
   * {@return the property's name} Written as {@code propertyName}; must be a declared property's
   * name.
   */
  String property();

  /** {@return whether the form requires a value} Written as {@code isRequired} (always written). */
  boolean required() default false;

  /**
   * {@return whether users may remove the field from the form} Written as {@code isRemovable}
   * (always written).
   */
  boolean removable() default true;
}
