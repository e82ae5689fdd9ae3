package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.AnnotationSpec;
import io.github.hubspotapt.CardLocation;
import io.github.hubspotapt.CrmObjectType;
import java.util.List;

/** {@code card}: {@code @Card}, with {@code @PreviewImage}. */
final class CardImporter implements ComponentImporter {

  @Override
  public String type() {
    return "card";
  }

  @Override
  public void read(ComponentFile file, ImportContext context) {
    JsonFields config = file.config();
    String name = config.string("name");
    Annotation card =
        ComponentAnnotation.of("Card", file, context.vocabulary())
            .string("name", name)
            .string("description", config.nonEmptyString("description"), "")
            .word("location", config.string("location"), CardLocation.class, context.vocabulary())
            .string("entrypoint", config.string("entrypoint"))
            .words(
                "objectTypes",
                config.strings("objectTypes"),
                true,
                CrmObjectType.class,
                context.vocabulary());
    config
        .object("previewImage")
        .ifPresent(
            image ->
                card.annotations(
                    "previewImage",
                    List.of(
                        Annotation.of("PreviewImage")
                            .string("file", image.string("file"))
                            .string("altText", image.string("altText"))
                            .build())));
    AnnotationSpec spec = card.build();
    context.addFeature(file, name, "Card", List.of(spec));
  }
}
