package io.github.hubspotapt.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.util.Elements;

/**
 * hubspot-apt's own {@code @Generated} (annotations jar) on the generated classes, where the
 * compiled code can see it; otherwise nothing. Not {@code javax.annotation.processing.Generated}:
 * javac's -Xlint:processing warns about every annotation of a round that no processor claimed, and
 * claiming that one would take it from every processor after this one, while this processor's own
 * annotation is its to claim.
 */
public final class GeneratedAnnotation {

  /** The annotation, which the processor claims. */
  public static final String NAME = "io.github.hubspotapt.generated.Generated";

  private static final String GENERATOR = "io.github.hubspotapt.processor.HubSpotProcessor";

  private final boolean available;

  private GeneratedAnnotation(boolean available) {
    this.available = available;
  }

  /**
   * The annotation where the compilation sees it: not with an annotations jar older than the
   * annotation.
   */
  public static GeneratedAnnotation of(Elements elements) {
    return new GeneratedAnnotation(elements.getTypeElement(NAME) != null);
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
