package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Several {@link Profile}s on the app class: the container of the repeatable annotation. Written
 * explicitly, each profile's diagnostics point at its own value; javac's implicit container points
 * them at the class name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Profiles {

  /** {@return the profiles} Each is written as described for {@link Profile}. */
  Profile[] value();
}
