package io.github.hubspotapt.processor.component;

import static io.github.hubspotapt.processor.declaration.CardConfig.DESCRIPTION;
import static io.github.hubspotapt.processor.declaration.CardConfig.LOCATION;
import static io.github.hubspotapt.processor.declaration.CardConfig.NAME;
import static io.github.hubspotapt.processor.declaration.CardConfig.OBJECT_TYPES;
import static io.github.hubspotapt.processor.declaration.CardConfig.PREVIEW_ALT_TEXT;
import static io.github.hubspotapt.processor.declaration.CardConfig.PREVIEW_FILE;
import static io.github.hubspotapt.processor.declaration.CardConfig.PREVIEW_IMAGE;
import static io.github.hubspotapt.processor.declaration.ComponentDeclaration.ENTRYPOINT;

import io.github.hubspotapt.processor.declaration.CardConfig;
import io.github.hubspotapt.processor.model.Card;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.read.AnnotationMembers;
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

  private static final AnnotationMembers CARD = members(CardConfig.DECLARATION);
  private static final AnnotationMembers PREVIEW = members(CardConfig.PREVIEW_IMAGE.nested());

  CardComponent() {
    super(ComponentType.CARD, CARD);
  }

  @Override
  List<AnnotationMembers> reads() {
    return List.of(CARD, PREVIEW);
  }

  @Override
  Card read(MirrorReader card, TypeElement type, TypeReader reader) {
    MirrorReader preview = card.annotation(PREVIEW_IMAGE.member(), PREVIEW);
    Located<String> absent = new Located<>("", card.origin(PREVIEW_IMAGE.member()));
    return new Card(
        card.origin(),
        card.string(UID),
        file(card),
        card.string(NAME.member()),
        card.string(DESCRIPTION.member()),
        card.string(LOCATION.member()),
        card.string(ENTRYPOINT.member()),
        card.strings(OBJECT_TYPES.member()),
        preview == null ? absent : preview.string(PREVIEW_FILE.member()),
        preview == null ? absent : preview.string(PREVIEW_ALT_TEXT.member()));
  }

  @Override
  JsonObject write(Card card, ConfigContext context) {
    DeclaredConfig config =
        new DeclaredConfig(context.object())
            .string(NAME, card.name())
            .string(DESCRIPTION, card.description())
            .string(LOCATION, card.location())
            .string(ENTRYPOINT, card.entrypoint())
            .strings(OBJECT_TYPES, card.objectTypes());
    if (JsonObject.isSet(card.previewFile())) {
      config
          .nested(PREVIEW_IMAGE)
          .string(PREVIEW_FILE, card.previewFile())
          .string(PREVIEW_ALT_TEXT, card.previewAltText());
    }
    return config.json();
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.CARD_LOCATION, RuleGroup.OBJECT_TYPES, RuleGroup.PREVIEW_IMAGE);
  }
}
