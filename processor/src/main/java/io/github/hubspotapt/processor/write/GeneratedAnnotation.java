package io.github.hubspotapt.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;

/**
 * {@code @Generated} on the generated classes, where the compiled code can see it (Java 9 and
 * later, and a module that reads java.compiler); otherwise nothing.
 */
public final class GeneratedAnnotation {

  /**
   * The annotation, which the processor claims: -Xlint:processing would otherwise warn that nobody
   * did.
   */
  public static final String NAME = "javax.annotation.processing.Generated";

  private static final String GENERATOR = "io.github.hubspotapt.processor.HubSpotProcessor";

  private final boolean available;

  /**
   * {@code available}: the compiled code can see the annotation (TargetJdk.hasGeneratedAnnotation).
   */
  public GeneratedAnnotation(boolean available) {
    this.available = available;
  }

  public void addTo(TypeSpec.Builder spec) {
    if (available) {
      spec.addAnnotation(
          AnnotationSpec.builder(ClassName.bestGuess(NAME))
              .addMember("value", "$S", GENERATOR)
              .build());
    }
  }
}
