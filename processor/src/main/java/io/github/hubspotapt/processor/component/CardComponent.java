package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.model.Card;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.read.AnnotationMembers;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.RuleGroup;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.JsonObject;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/** {@code @Card}: a UI extension shown on CRM records or the help desk. */
final class CardComponent extends Component<Card> {

  private static final String NAME = "name";
  private static final String DESCRIPTION = "description";
  private static final String LOCATION = "location";
  private static final String OBJECT_TYPES = "objectTypes";
  private static final String PREVIEW_IMAGE = "previewImage";
  private static final String FILE = "file";
  private static final String ALT_TEXT = "altText";

  private static final AnnotationMembers CARD =
      members("Card", NAME, DESCRIPTION, LOCATION, ENTRYPOINT, OBJECT_TYPES, PREVIEW_IMAGE);
  private static final AnnotationMembers PREVIEW =
      AnnotationMembers.of(AnnotationNames.PACKAGE + ".PreviewImage", FILE, ALT_TEXT);

  CardComponent() {
    super(ComponentType.CARD, CARD);
  }

  @Override
  List<AnnotationMembers> reads() {
    return List.of(CARD, PREVIEW);
  }

  @Override
  Card read(MirrorReader card, TypeElement type, TypeReader reader) {
    MirrorReader preview = card.annotation(PREVIEW_IMAGE, PREVIEW);
    Located<String> absent = new Located<>("", card.origin(PREVIEW_IMAGE));
    return new Card(
        card.origin(),
        card.string(UID),
        file(card),
        card.string(NAME),
        card.string(DESCRIPTION),
        card.string(LOCATION),
        card.string(ENTRYPOINT),
        card.strings(OBJECT_TYPES),
        preview == null ? absent : preview.string(FILE),
        preview == null ? absent : preview.string(ALT_TEXT));
  }

  @Override
  JsonObject write(Card card, ConfigContext context) {
    JsonObject config = context.object();
    config.put("name", card.name().value());
    config.putIfSet("description", card.description());
    config.put("location", card.location().value());
    config.put("entrypoint", card.entrypoint().value());
    config.putStrings("objectTypes", card.objectTypes());
    if (JsonObject.isSet(card.previewFile())) {
      JsonObject preview = config.putObject("previewImage");
      preview.put("file", card.previewFile().value());
      preview.put("altText", card.previewAltText().value());
    }
    return config;
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.CARD_LOCATION, RuleGroup.OBJECT_TYPES, RuleGroup.PREVIEW_IMAGE);
  }
}
