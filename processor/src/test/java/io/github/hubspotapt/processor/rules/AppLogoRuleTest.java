package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

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

class AppLogoRuleTest {

  private static final String RULE = "HS-APP-LOGO";
  private static final String WHY =
      "; HubSpot documents no rule for the logo, its template writes a project image"
          + " such as \"/app/app-logo.jpg\"";

  @TempDir Path frontendDir;

  private static JavaFileObject appWithLogo(String logo) {
    return AppSource.valid().with("logo", "\"" + logo + "\"").build();
  }

  /** The logo and the message on it; checked without a front-end folder. */
  static Stream<Arguments> logosThatDoNotFit() {
    String notAPath =
        " is not a plain path of the project written from the source folder with a leading slash"
            + " ('/'-separated names, no spaces or '..')"
            + WHY;
    return Stream.of(
        argumentSet(
            "aPathWithoutLeadingSlashIsAWarning",
            "app/app-logo.png",
            "@HubSpotApp logo \"app/app-logo.png\"" + notAPath),
        argumentSet(
            "aUrlIsAWarning",
            "https://example.com/logo.png",
            "@HubSpotApp logo \"https://example.com/logo.png\"" + notAPath),
        argumentSet(
            "aPathLeavingTheProjectIsAWarning",
            "/../logo.png",
            "@HubSpotApp logo \"/../logo.png\"" + notAPath),
        argumentSet(
            "anSvgIsAWarning",
            "/app/app-logo.svg",
            "@HubSpotApp logo \"/app/app-logo.svg\" is not a .png,"
                + " .jpeg, .jpg or .gif file, the image types HubSpot takes for app images"
                + WHY));
  }

  @ParameterizedTest
  @MethodSource("logosThatDoNotFit")
  void aLogoThatDoesNotFitIsAWarningOnTheLogo(String logo, String message) {
    JavaFileObject app = appWithLogo(logo);

    assertSucceededWithWarning(compile(NO_FRONTEND, app), app, RULE, message, "\"" + logo + "\"");
  }

  @Test
  void aLogoMissingFromTheFrontendFolderIsAWarningWithTheNearestFile() {
    Frontend frontend = new Frontend(frontendDir).file("app/app-logo.png", new byte[10]);
    JavaFileObject app = appWithLogo("/app/app-logos.png");

    assertSucceededWithWarning(
        compile(List.of(frontend.option()), app),
        app,
        RULE,
        "@HubSpotApp logo \"/app/app-logos.png\" is not in the front-end folder: there is no "
            + frontendDir.resolve("app/app-logos.png")
            + " (did you mean /app/app-logo.png?), so the project would"
            + " be uploaded without it",
        "\"/app/app-logos.png\"");
  }

  @Test
  void aLogoInTheFrontendFolderPasses() {
    Frontend frontend = new Frontend(frontendDir).file("app/app-logo.jpg", new byte[10]);

    assertPasses(compile(List.of(frontend.option()), appWithLogo("/app/app-logo.jpg")), RULE);
  }

  @Test
  void everyImageTypePassesWithoutAFrontendFolder() {
    for (String logo : List.of("/app/a.png", "/app/a.jpeg", "/app/a.jpg", "/assets/a.gif")) {
      assertPasses(compile(NO_FRONTEND, appWithLogo(logo)), RULE);
    }
  }

  @Test
  void anAppWithoutLogoPasses() {
    assertPasses(compile(NO_FRONTEND, AppSource.valid().build()), RULE);
  }
}
