package io.github.hubspotapt.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Files under the names a team chose ({@code fileName}), the names the processor chooses moving
 * aside for them, and a component's {@code permissions} after its {@code config}.
 */
class ChosenFileNameOutputTest {

  private static final String PROJECT = "hubspot-project/";

  private static List<String> projectFiles(Compilation compilation) {
    String prefix = "/SOURCE_OUTPUT/" + PROJECT;
    return compilation.generatedFiles().stream()
        .map(f -> f.toUri().getPath())
        .filter(p -> p.startsWith(prefix))
        .map(p -> p.substring(prefix.length()))
        .sorted()
        .toList();
  }

  private static String text(Compilation compilation, String path) {
    JavaFileObject file =
        compilation
            .generatedFile(StandardLocation.SOURCE_OUTPUT, PROJECT + path)
            .orElseThrow(
                () ->
                    new AssertionError(
                        PROJECT
                            + path
                            + " not generated; generated: "
                            + projectFiles(compilation)));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Compilation compileSucceeded(JavaFileObject... sources) {
    Compilation compilation = compile(NO_FRONTEND, sources);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  @Test
  void aCardIsWrittenUnderItsChosenNameBesideACardNamedByTheProcessor() {
    Compilation compilation =
        compileSucceeded(
            AppSource.valid().build(),
            AppSource.card("OldCard")
                .with("name", "\"Old\"")
                .with("fileName", "\"Legacy_Card-hsmeta.json\"")
                .build(),
            AppSource.card("NewCard").with("name", "\"New\"").build());

    assertThat(projectFiles(compilation))
        .containsAtLeast("src/app/cards/Legacy_Card-hsmeta.json", "src/app/cards/new-hsmeta.json");
    assertThat(text(compilation, "src/app/cards/Legacy_Card-hsmeta.json"))
        .contains("\"uid\": \"old_card\"");
  }

  @Test
  void aNameTheProcessorWouldChooseMovesToTheUidWhenAChosenNameHasIt() {
    Compilation compilation =
        compileSucceeded(
            AppSource.valid().build(),
            AppSource.card("AutomaticCard").with("name", "\"My Card\"").build(),
            AppSource.card("NamedCard")
                .with("name", "\"Named\"")
                .with("fileName", "\"My-Card-hsmeta.json\"")
                .build());

    assertThat(projectFiles(compilation))
        .containsAtLeast(
            "src/app/cards/My-Card-hsmeta.json", "src/app/cards/automatic-card-hsmeta.json");
    assertThat(projectFiles(compilation)).doesNotContain("src/app/cards/my-card-hsmeta.json");
    assertThat(text(compilation, "src/app/cards/My-Card-hsmeta.json"))
        .contains("\"uid\": \"named_card\"");
    assertThat(text(compilation, "src/app/cards/automatic-card-hsmeta.json"))
        .contains("\"uid\": \"automatic_card\"");
  }

  @Test
  void theAppFileTakesItsChosenName() {
    Compilation compilation =
        compileSucceeded(AppSource.valid().with("fileName", "\"my-app-hsmeta.json\"").build());

    assertThat(projectFiles(compilation)).contains("src/app/my-app-hsmeta.json");
    assertThat(projectFiles(compilation)).doesNotContain("src/app/app-hsmeta.json");
  }

  @Test
  void permissionsFollowTheConfigWithTheThreeListsInTheOrderOfTheAppsAuth() {
    Compilation compilation =
        compileSucceeded(
            AppSource.valid().with("platformVersion", "PlatformVersion.V2026_09").build(),
            AppSource.settings("MySettings")
                .with(
                    "permissions",
                    "@Permissions(optionalScopes = \"timeline\","
                        + " requiredScopes = {\"crm.objects.contacts.read\", \"crm.objects.deals.read\"})")
                .build());

    assertEquals(
        """
        {
          "uid": "my_settings",
          "type": "settings",
          "config": {
            "entrypoint": "/app/settings/Settings.tsx"
          },
          "permissions": {
            "requiredScopes": [
              "crm.objects.contacts.read",
              "crm.objects.deals.read"
            ],
            "optionalScopes": [
              "timeline"
            ],
            "conditionallyRequiredScopes": []
          }
        }
        """,
        text(compilation, "src/app/settings/my-settings-hsmeta.json"));
  }

  @Test
  void permissionsWithoutAScopeAreLeftOut() {
    Compilation compilation =
        compileSucceeded(
            AppSource.valid().build(),
            AppSource.settings("MySettings").with("permissions", "@Permissions").build());

    assertThat(text(compilation, "src/app/settings/my-settings-hsmeta.json"))
        .doesNotContain("permissions");
  }
}
