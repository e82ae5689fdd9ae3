package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A serverless app function, written to {@code src/app/functions/<uid>-hsmeta.json}. Private apps only. The
 * {@code functions} folder needs a {@code package.json}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AppFunction {

  String uid();

  /** The function's {@code .js} (or {@code .ts}) file: {@code /app/functions/MyFunction.js}. */
  String entrypoint();

  /**
   * Names of account secrets passed to the function as environment variables, so environment-variable names
   * (letters, digits, '_'; not starting with a digit). Never the secret values.
   */
  String[] secretKeys() default {};

  /** Makes it a public endpoint function; the default (empty path) is a private function. */
  Endpoint endpoint() default @Endpoint(path = "", methods = {});
}
