package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text for a named field or execution rule: one entry of a name-to-text map of {@link
 * ActionLabels}, written as {@code "<name>": "<text>"}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface FieldText {

  /**
   * {@return the field's (or execution rule's) name} The map key: an input or output field's
   * HubSpot name ({@link InputField#name()}, {@link OutputField#name()}) or an {@link
   * ExecutionRule#labelName()}.
   */
  String name();

  /** {@return the text shown for it} The map value. */
  String text();
}
