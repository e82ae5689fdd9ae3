package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.AnnotationSpec;
import io.github.hubspotapt.Scopes;
import io.github.hubspotapt.processor.layout.ProjectLayout;
import java.util.List;

/**
 * The members every component annotation starts with, in the order they are declared: {@code uid},
 * {@code fileName} and {@code permissions}.
 *
 * <p>{@code fileName} is always written. The processor's own name depends on the component's name,
 * label or uid, on kebab folding, a length cap and the other files of the folder; repeating that
 * here would be a second copy that could drift and silently rename a project's files. A migrated
 * project keeps its files' names, and the Java says which file each class is.
 */
final class ComponentAnnotation {

  private ComponentAnnotation() {}

  /**
   * {@code @simpleName(uid, fileName, permissions, ...)} of {@code file}; its own members follow.
   */
  static Annotation of(String simpleName, ComponentJsonFile file, VocabularyConstants vocabulary) {
    return of(simpleName, file, null, vocabulary);
  }

  /**
   * As {@link #of(String, ComponentJsonFile, VocabularyConstants)}, for an annotation whose uid has
   * a default.
   */
  static Annotation of(
      String simpleName,
      ComponentJsonFile file,
      String uidDefault,
      VocabularyConstants vocabulary) {
    return of(Annotation.of(simpleName), file, uidDefault, vocabulary);
  }

  /**
   * The file's name as {@code member}, left out when it is {@code defaultName}; where javac's Filer
   * cannot write it (a space, a quote: {@link ProjectLayout#isSafe}), which HubSpot's parser
   * allows, it is left out, the processor naming the file itself, and listed.
   */
  static void fileName(
      Annotation annotation, ComponentJsonFile file, String member, String defaultName) {
    if (ProjectLayout.isSafe(file.fileName())) {
      annotation.string(member, file.fileName(), defaultName);
    } else {
      file.root()
          .refuseWhole(
              "its file name has a character javac's Filer cannot write (letters, digits and _ - . @"
                  + " + ~ it can), so the processor names the file after the component");
    }
  }

  /** The shared members added to {@code annotation}, for one that declares a member before them. */
  static Annotation of(
      Annotation annotation, ComponentJsonFile file, VocabularyConstants vocabulary) {
    return of(annotation, file, null, vocabulary);
  }

  private static Annotation of(
      Annotation annotation,
      ComponentJsonFile file,
      String uidDefault,
      VocabularyConstants vocabulary) {
    if (uidDefault == null) {
      annotation.string("uid", file.uid());
    } else {
      annotation.string("uid", file.uid(), uidDefault);
    }
    fileName(annotation, file, "fileName", null);
    file.root()
        .object("permissions")
        .ifPresent(
            permissions ->
                annotation.annotations(
                    "permissions", permissions(file.root(), permissions, vocabulary)));
    return annotation;
  }

  /**
   * {@code @Permissions}; one without a scope the processor does not write, so that {@code
   * permissions} is refused on {@code root} rather than dropped.
   */
  private static List<AnnotationSpec> permissions(
      JsonFields root, JsonFields fields, VocabularyConstants vocabulary) {
    AnnotationSpec spec =
        Annotation.of("Permissions")
            .optionalWords(
                "requiredScopes", fields.strings("requiredScopes"), Scopes.class, vocabulary)
            .optionalWords(
                "optionalScopes", fields.strings("optionalScopes"), Scopes.class, vocabulary)
            .optionalWords(
                "conditionallyRequiredScopes",
                fields.strings("conditionallyRequiredScopes"),
                Scopes.class,
                vocabulary)
            .build();
    if (spec.members().isEmpty()) {
      root.refuse(
          "permissions",
          "no scope in any of its lists: the processor writes permissions only with a scope");
      return List.of();
    }
    return List.of(spec);
  }
}
