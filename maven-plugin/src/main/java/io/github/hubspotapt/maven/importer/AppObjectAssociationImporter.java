package io.github.hubspotapt.maven.importer;

import static io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig.FIRST_OBJECT;
import static io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig.FIRST_OBJECT_TYPE;
import static io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig.LABEL;
import static io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig.LABELS;
import static io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig.LABEL_NAME;
import static io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig.SECOND_OBJECT;
import static io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig.SECOND_OBJECT_TYPE;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import io.github.hubspotapt.processor.declaration.AppObjectAssociationConfig;
import java.util.List;
import java.util.Optional;

/**
 * {@code app-object-association}: {@code @AppObjectAssociation}, naming its app objects by their
 * imported classes (the processor writes their uids), and a standard object by {@code
 * secondObjectType}: code, as the file holds uids where the annotation holds classes. Its labels as
 * {@code @AssociationLabel}s, written back by {@link AppObjectAssociationConfig#LABEL}.
 */
final class AppObjectAssociationImporter implements ComponentImporter {

  @Override
  public void read(ComponentJsonFile file, ImportContext context) {
    JsonFields config = file.config();
    DeclaredMembers members =
        DeclaredMembers.of(AppObjectAssociationConfig.DECLARATION, file, context);
    Annotation association = members.annotation();
    String first = config.string(FIRST_OBJECT_TYPE);
    Optional<ClassName> firstObject = first == null ? Optional.empty() : context.appObject(first);
    String second = config.string(SECOND_OBJECT_TYPE.key());
    // Every array the processor writes is read as it is: an empty one is not refused here.
    List<AnnotationSpec> labels =
        config.objects(LABELS.key()).stream()
            .map(label -> label(label, context.vocabulary()))
            .toList();
    if (firstObject.isEmpty()) {
      config.refuse(
          FIRST_OBJECT_TYPE,
          "\""
              + first
              + "\" is the uid of no app object of this project;"
              + " @AppObjectAssociation(firstObject) names an @AppObject class, so the association is not imported");
      return;
    }
    association.type(FIRST_OBJECT, firstObject.get());
    Optional<ClassName> secondObject =
        second == null ? Optional.empty() : context.appObject(second);
    if (secondObject.isPresent()) {
      association.type(SECOND_OBJECT, secondObject.get());
    } else {
      members.add(SECOND_OBJECT_TYPE);
    }
    association.annotations(LABELS.member(), labels);
    context.addFeature(file, null, "Association", List.of(association.build()));
  }

  /**
   * One {@code @AssociationLabel}; a label without a name is refused, as the annotation requires
   * one.
   */
  private static AnnotationSpec label(JsonFields label, VocabularyConstants vocabulary) {
    label.require(LABEL_NAME.key(), LABEL.memberOf(LABEL_NAME));
    return DeclaredMembers.nested(LABEL, label, vocabulary).all().annotation().build();
  }
}
