package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * {@code app-object-association}: {@code @AppObjectAssociation}, naming its app objects by their
 * imported classes (the processor writes their uids), and a standard object by {@code
 * secondObjectType}; its labels as {@code @AssociationLabel}s.
 */
final class AppObjectAssociationImporter implements ComponentImporter {

  @Override
  public void read(ComponentFile file, ImportContext context) {
    JsonFields config = file.config();
    Annotation association =
        ComponentAnnotation.of("AppObjectAssociation", file, context.vocabulary());
    String first = config.string("firstObjectType");
    Optional<ClassName> firstObject = first == null ? Optional.empty() : context.appObject(first);
    String second = config.string("secondObjectType");
    List<AnnotationSpec> labels =
        config.objects("labels").stream().map(AppObjectAssociationImporter::label).toList();
    if (firstObject.isEmpty()) {
      config.refuse(
          "firstObjectType",
          "\""
              + first
              + "\" is the uid of no app object of this project;"
              + " @AppObjectAssociation(firstObject) names an @AppObject class, so the association is not imported");
      return;
    }
    association.type("firstObject", firstObject.get());
    Optional<ClassName> secondObject =
        second == null ? Optional.empty() : context.appObject(second);
    if (secondObject.isPresent()) {
      association.type("secondObject", secondObject.get());
    } else {
      association.string("secondObjectType", second, "");
    }
    association.annotations("labels", labels);
    context.addFeature(file, null, "Association", List.of(association.build()));
  }

  /**
   * One {@code @AssociationLabel}; a label without a name is refused, as the annotation requires
   * one.
   */
  private static AnnotationSpec label(JsonFields label) {
    label.require("name", "@AssociationLabel(name)");
    return Annotation.of("AssociationLabel")
        .string("name", label.string("name"))
        .string("firstObjectTypeLabel", label.string("firstObjectTypeLabel"), "")
        .string("secondObjectTypeLabel", label.string("secondObjectTypeLabel"), "")
        .build();
  }
}
