package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.model.Card;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.Locale;
import java.util.Set;

/**
 * HubSpot's app card reference: a preview image is a png, jpeg, jpg or gif of at most 5.0 MB, with
 * alt text. The extension is one of these four as written, in lower case ({@code preview.PNG} is
 * refused). Its path is relative to the cards folder; with a front-end folder configured, the file
 * must be there.
 */
final class PreviewImageRule implements Rule {

  static final Set<String> EXTENSIONS = Set.of("png", "jpeg", "jpg", "gif");
  static final long MAX_BYTES = 5L * 1024 * 1024;

  private final FrontendFolder frontend;

  PreviewImageRule(FrontendFolder frontend) {
    this.frontend = frontend;
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Card card : project.features(Card.class)) {
      String file = card.previewFile().value();
      String altText = card.previewAltText().value();
      if ((file == null || file.isEmpty()) && altText != null && !altText.isEmpty()) {
        // The card's file has no preview image without a file, so the text would be lost.
        diagnostics.report(
            RuleId.PREVIEW_IMAGE,
            card.previewAltText().origin(),
            "altText "
                + Quote.of(altText)
                + " of a preview image without a file is written nowhere; give the image's file,"
                + " a png, jpeg, jpg or gif in the cards folder, or remove altText");
      }
      if (file == null || file.isEmpty()) {
        continue;
      }
      String problem = problem(file, card.previewAltText().value());
      if (problem != null) {
        diagnostics.report(
            RuleId.PREVIEW_IMAGE,
            card.previewFile().origin(),
            "preview image " + Quote.of(file) + " " + problem);
      }
    }
  }

  private String problem(String file, String altText) {
    String extension = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1) : "";
    if (!EXTENSIONS.contains(extension)) {
      String lowerCase = extension.toLowerCase(Locale.ROOT);
      return EXTENSIONS.contains(lowerCase)
          ? "has an upper-case extension; HubSpot takes only .png, .jpeg, .jpg and .gif in lower case (did you mean "
              + Quote.of(file.substring(0, file.length() - extension.length()) + lowerCase)
              + "?)"
          : "is not a png, jpeg, jpg or gif file";
    }
    String normalized = file.startsWith("./") ? file.substring(2) : file;
    if (normalized.startsWith("/")
        || normalized.contains("\\")
        || ("/" + normalized + "/").contains("/../")) {
      return "must be a path relative to the cards folder, inside the project";
    }
    if (altText == null || altText.isBlank()) {
      return "needs altText, a short description of the image";
    }
    if (frontend != null) {
      long size = frontend.size("app/cards/" + normalized);
      if (size < 0) {
        return "is not in " + frontend.root().resolve("app/cards");
      }
      if (size > MAX_BYTES) {
        return "is " + size + " bytes; HubSpot allows at most 5 MB (" + MAX_BYTES + " bytes)";
      }
    }
    return null;
  }
}
