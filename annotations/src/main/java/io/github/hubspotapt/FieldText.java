package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A text for a named field or rule, inside {@link ActionLabels}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface FieldText {

  /** The field's (or execution rule's) name. */
  String name();

  String text();
}
