package io.github.hubspotapt.processor.endpoints;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.processor.oauth.TargetJdk;

/**
 * {@code @Generated} on the generated classes, where the compiled code can see it (Java 9 and later, and a module that
 * reads java.compiler); otherwise nothing.
 */
final class GeneratedAnnotation {

  static final String NAME = "javax.annotation.processing.Generated";
  private static final String GENERATOR = "io.github.hubspotapt.processor.HubSpotProcessor";

  private final boolean available;

  GeneratedAnnotation(TargetJdk target) {
    this.available = target.hasGeneratedAnnotation();
  }

  void addTo(TypeSpec.Builder spec) {
    if (available) {
      spec.addAnnotation(AnnotationSpec.builder(ClassName.bestGuess(NAME)).addMember("value", "$S", GENERATOR)
          .build());
    }
  }
}
