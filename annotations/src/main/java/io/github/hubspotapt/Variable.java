package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One variable of a {@link Profile}: {@code ${name}} in a uid or a config string takes {@link
 * #value()} in that profile. A string that is exactly {@code ${name}} takes the value with its
 * type, so a {@link VariableType#NUMBER} variable can set a number (see {@link
 * WebhookSettings#maxConcurrentRequestsVariable()}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Variable {

  /** {@return the variable's name} As written between <code>${</code> and <code>}</code>. */
  String name();

  /**
   * {@return the value} Written as text; a number or {@code true}/{@code false} with the matching
   * {@link #type()}.
   */
  String value();

  /** {@return the JSON type the value is written with} */
  VariableType type() default VariableType.STRING;
}
