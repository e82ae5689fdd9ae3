package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The class a user writes for a feature that has no Java code of its own: final, annotated, not
 * instantiable.
 */
final class FeatureClass {

  private FeatureClass() {}

  static TypeSpec.Builder builder(
      ClassName name, String sourceFile, List<AnnotationSpec> annotations) {
    return TypeSpec.classBuilder(name)
        .addJavadoc("Imported from {@code $L}.\n", sourceFile)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotations(annotations);
  }

  static TypeSpec of(ClassName name, String sourceFile, AnnotationSpec... annotations) {
    return of(name, sourceFile, List.of(annotations));
  }

  static TypeSpec of(ClassName name, String sourceFile, List<AnnotationSpec> annotations) {
    return builder(name, sourceFile, annotations)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
  }
}
