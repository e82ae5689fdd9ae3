package io.github.hubspotapt.generated;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class the hubspot-apt processor generated (the app's OAuth helper, its run-time
 * endpoints); never written by hand. It is hubspot-apt's own, so that the processor claims only its
 * own annotations and leaves {@code javax.annotation.processing.Generated} to other processors,
 * while javac's {@code -Xlint:processing} finds every annotation of the generated classes claimed.
 * {@code CLASS} retention keeps it in the class file, where coverage tools that skip generated code
 * find it (JaCoCo skips a class annotated with a {@code CLASS} or {@code RUNTIME} annotation whose
 * simple name contains "Generated"); it is not visible at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Generated {

  /** {@return the generator} The qualified name of the processor that wrote the class. */
  String value();
}
