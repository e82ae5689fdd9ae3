package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * {@code app-object-association}: {@code @AppObjectAssociation}, naming its app objects by their imported classes
 * (the processor writes their uids), and a standard object by {@code secondObjectType}.
 */
final class AppObjectAssociationImporter implements ComponentImporter {

  @Override
  public String type() {
    return "app-object-association";
  }

  @Override
  public void read(ComponentFile file, ImportContext context) {
    JsonFields config = file.config();
    Annotation association = ComponentAnnotation.of("AppObjectAssociation", file, context.vocabulary());
    String first = config.string("firstObjectType");
    Optional<ClassName> firstObject = first == null ? Optional.empty() : context.appObject(first);
    String second = config.string("secondObjectType");
    if (firstObject.isEmpty()) {
      config.refuse("firstObjectType", "\"" + first + "\" is the uid of no app object of this project;"
          + " @AppObjectAssociation(firstObject) names an @AppObject class, so the association is not imported");
      return;
    }
    association.type("firstObject", firstObject.get());
    Optional<ClassName> secondObject = second == null ? Optional.empty() : context.appObject(second);
    if (secondObject.isPresent()) {
      association.type("secondObject", secondObject.get());
    } else {
      association.string("secondObjectType", second, "");
    }
    context.addFeature(file, null, "Association", List.of(association.build()));
  }
}
