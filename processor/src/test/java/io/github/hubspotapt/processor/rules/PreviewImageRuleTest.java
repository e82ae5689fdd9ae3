package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PreviewImageRuleTest {

  private static final String RULE = "HS-PREVIEW-IMAGE";
  private static final int FIVE_MB = 5 * 1024 * 1024;

  @TempDir Path frontendDir;

  private static JavaFileObject cardWithPreview(String file, String altText) {
    return AppSource.card("MyCard")
        .with(
            "previewImage", "@PreviewImage(file = \"" + file + "\", altText = \"" + altText + "\")")
        .build();
  }

  private Frontend frontend() {
    return new Frontend(frontendDir).file("app/cards/Card.tsx", "export default () => null;\n");
  }

  /** The file, the altText and the message on the file; checked without a front-end folder. */
  static Stream<Arguments> invalidPreviews() {
    String relative = " must be a path relative to the cards folder, inside the project";
    return Stream.of(
        argumentSet(
            "svgPreviewIsAnErrorOnTheFile",
            "preview.svg",
            "A preview",
            "preview image \"preview.svg\" is not a png, jpeg, jpg or gif file"),
        argumentSet(
            "upperCaseExtensionIsAnErrorWithTheLowerCaseFileSuggested",
            "images/preview.PNG",
            "A preview",
            "preview image \"images/preview.PNG\" has an upper-case extension; HubSpot takes only .png, .jpeg, .jpg"
                + " and .gif in lower case (did you mean \"images/preview.png\"?)"),
        argumentSet(
            "absolutePreviewPathIsAnError",
            "/images/preview.png",
            "A preview",
            "preview image \"/images/preview.png\"" + relative),
        argumentSet(
            "previewPathLeavingTheProjectIsAnError",
            "../../preview.png",
            "A preview",
            "preview image \"../../preview.png\"" + relative),
        argumentSet(
            "previewWithoutAltTextIsAnErrorOnTheFile",
            "preview.png",
            " ",
            "preview image \"preview.png\" needs altText, a short description of the image"));
  }

  @ParameterizedTest
  @MethodSource("invalidPreviews")
  void invalidPreviewIsAnErrorOnTheFile(String file, String altText, String message) {
    JavaFileObject card = cardWithPreview(file, altText);

    assertRejected(
        compile(NO_FRONTEND, AppSource.valid().build(), card),
        card,
        RULE,
        message,
        "\"" + file + "\"");
  }

  /** Without a file the card has no preview image, so the text would be lost (found by fuzzing). */
  @Test
  void altTextWithoutAFileIsAnErrorOnTheAltText() {
    JavaFileObject card = cardWithPreview("", "Lost text");

    assertRejected(
        compile(NO_FRONTEND, AppSource.valid().build(), card),
        card,
        RULE,
        "altText \"Lost text\" of a preview image without a file is written nowhere; give the"
            + " image's file, a png, jpeg, jpg or gif in the cards folder, or remove altText",
        "\"Lost text\"");
  }

  @Test
  void mixedCaseJpegIsAnError() {
    JavaFileObject card = cardWithPreview("preview.Jpeg", "A preview");

    assertFailedWith(
        compile(NO_FRONTEND, AppSource.valid().build(), card),
        card,
        RULE,
        "preview image \"preview.Jpeg\" has an upper-case extension",
        "\"preview.Jpeg\"");
  }

  @Test
  void previewMissingFromTheFrontendFolderIsAnError() {
    Frontend frontend = frontend().file("app/cards/other.png", new byte[10]);
    JavaFileObject card = cardWithPreview("preview.png", "A preview");

    assertRejected(
        compile(List.of(frontend.option()), AppSource.valid().build(), card),
        card,
        RULE,
        "preview image \"preview.png\" is not in " + frontendDir.resolve("app/cards"),
        "\"preview.png\"");
  }

  @Test
  void previewOneByteOverFiveMegabytesIsAnError() {
    Frontend frontend = frontend().file("app/cards/preview.png", new byte[FIVE_MB + 1]);
    JavaFileObject card = cardWithPreview("preview.png", "A preview");

    assertRejected(
        compile(List.of(frontend.option()), AppSource.valid().build(), card),
        card,
        RULE,
        "preview image \"preview.png\" is 5242881 bytes; HubSpot allows at most 5 MB (5242880 bytes)",
        "\"preview.png\"");
  }

  @Test
  void previewOfExactlyFiveMegabytesPasses() {
    Frontend frontend = frontend().file("app/cards/images/preview.png", new byte[FIVE_MB]);

    Compilation compilation =
        compile(
            List.of(frontend.option()),
            AppSource.valid().build(),
            cardWithPreview("./images/preview.png", "A preview"));

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void everyImageTypePassesWithoutAFrontendFolder() {
    for (String file : List.of("a.png", "a.jpeg", "a.jpg", "a.gif")) {
      Compilation compilation =
          compile(NO_FRONTEND, AppSource.valid().build(), cardWithPreview(file, "A preview"));

      assertSucceededWithout(compilation, RULE);
    }
  }

  @Test
  void cardWithoutPreviewPasses() {
    Compilation compilation =
        compile(
            List.of(frontend().option()),
            AppSource.valid().build(),
            AppSource.card("MyCard").build());

    assertSucceededWithout(compilation, RULE);
  }
}
