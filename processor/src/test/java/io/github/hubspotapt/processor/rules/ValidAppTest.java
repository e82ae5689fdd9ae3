package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class ValidAppTest {

  private static final String PROJECT_FILE = "hubspot-project/hsproject.json";
  private static final String APP_FILE = "hubspot-project/src/app/app-hsmeta.json";

  /** The files the default app and its variants must generate, byte for byte. */
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "valid-app");

  @Test
  void defaultAppCompilesWithoutWarnings() {
    assertThat(compile(AppSource.valid().build())).succeededWithoutWarnings();
  }

  @Test
  void defaultAppWritesExactlyTheProjectFileAndTheAppFile() {
    Compilation compilation = compile(AppSource.valid().build());

    assertThat(
            compilation.generatedFiles().stream()
                .map(JavaFileObject::toUri)
                .map(Object::toString)
                .filter(uri -> uri.contains("hubspot-project"))
                .toList())
        .containsExactly(
            "mem:///SOURCE_OUTPUT/" + PROJECT_FILE, "mem:///SOURCE_OUTPUT/" + APP_FILE);
  }

  @Test
  void defaultAppWritesTheProjectFile() throws IOException {
    Compilation compilation = compile(AppSource.valid().build());

    assertThat(compilation)
        .generatedFile(StandardLocation.SOURCE_OUTPUT, PROJECT_FILE)
        .contentsAsUtf8String()
        .isEqualTo(golden("hsproject.json"));
  }

  @Test
  void defaultAppWritesTheOauthMarketplaceAppFile() throws IOException {
    Compilation compilation = compile(AppSource.valid().build());

    assertThat(compilation)
        .generatedFile(StandardLocation.SOURCE_OUTPUT, APP_FILE)
        .contentsAsUtf8String()
        .isEqualTo(golden("oauth-marketplace-app-hsmeta.json"));
  }

  @Test
  void staticPrivateAppHasNoRedirectUrlsKey() throws IOException {
    Compilation compilation = compile(AppSource.privateStaticApp().build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.SOURCE_OUTPUT, APP_FILE)
        .contentsAsUtf8String()
        .isEqualTo(golden("static-private-app-hsmeta.json"));
  }

  @Test
  void supportAndPermittedUrlsAreWrittenInHubSpotsKeyOrder() throws IOException {
    Compilation compilation =
        compile(
            AppSource.valid()
                .withAuth("optionalScopes", "\"crm.objects.contacts.write\"")
                .with("permittedUrls", "@PermittedUrls(fetch = \"https://api.hubapi.com\")")
                .with(
                    "support",
                    "@Support(supportPhone = \"+18005555555\", supportUrl = \"https://example.com/support\","
                        + " documentationUrl = \"https://example.com/docs\", supportEmail = \"support@example.com\")")
                .build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.SOURCE_OUTPUT, APP_FILE)
        .contentsAsUtf8String()
        .isEqualTo(golden("app-with-support-hsmeta.json"));
  }

  @Test
  void compilingTheSameSourcesTwiceWritesIdenticalBytes() throws IOException {
    Compilation first = compile(AppSource.valid().build());
    Compilation second = compile(AppSource.valid().build());

    for (String path : new String[] {PROJECT_FILE, APP_FILE}) {
      byte[] firstBytes = bytes(first, path);
      assertThat(firstBytes).isNotEmpty();
      assertThat(bytes(second, path)).isEqualTo(firstBytes);
    }
  }

  private static String golden(String file) throws IOException {
    return Files.readString(GOLDEN.resolve(file));
  }

  private static byte[] bytes(Compilation compilation, String path) throws IOException {
    try (InputStream in =
        compilation
            .generatedFile(StandardLocation.SOURCE_OUTPUT, path)
            .orElseThrow()
            .openInputStream()) {
      return in.readAllBytes();
    }
  }

  @Test
  void unresolvableNameWritesNothing() {
    JavaFileObject source = AppSource.valid().with("name", "Missing.NAME").build();
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertNothingWritten(compilation);
  }
}
