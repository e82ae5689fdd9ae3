package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.io.IOException;
import java.io.InputStream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class ValidAppTest {

  private static final String PROJECT_FILE = "hubspot-project/hsproject.json";
  private static final String APP_FILE = "hubspot-project/src/app/app-hsmeta.json";

  private static final String PROJECT_JSON = """
      {
        "name": "Test App",
        "srcDir": "src",
        "platformVersion": "2026.03"
      }
      """;

  private static final String OAUTH_MARKETPLACE_APP_JSON = """
      {
        "uid": "test_app",
        "type": "app",
        "config": {
          "description": "An app for tests.",
          "name": "Test App",
          "distribution": "marketplace",
          "auth": {
            "type": "oauth",
            "redirectUrls": [
              "https://example.com/oauth/callback"
            ],
            "requiredScopes": [
              "oauth",
              "crm.objects.contacts.read"
            ],
            "optionalScopes": [],
            "conditionallyRequiredScopes": []
          },
          "permittedUrls": {
            "fetch": [],
            "iframe": [],
            "img": []
          }
        }
      }
      """;

  private static final String STATIC_PRIVATE_APP_JSON = """
      {
        "uid": "test_app",
        "type": "app",
        "config": {
          "description": "An app for tests.",
          "name": "Test App",
          "distribution": "private",
          "auth": {
            "type": "static",
            "requiredScopes": [
              "oauth",
              "crm.objects.contacts.read"
            ],
            "optionalScopes": [],
            "conditionallyRequiredScopes": []
          },
          "permittedUrls": {
            "fetch": [],
            "iframe": [],
            "img": []
          }
        }
      }
      """;

  private static final String APP_WITH_SUPPORT_JSON = """
      {
        "uid": "test_app",
        "type": "app",
        "config": {
          "description": "An app for tests.",
          "name": "Test App",
          "distribution": "marketplace",
          "auth": {
            "type": "oauth",
            "redirectUrls": [
              "https://example.com/oauth/callback"
            ],
            "requiredScopes": [
              "oauth",
              "crm.objects.contacts.read"
            ],
            "optionalScopes": [
              "crm.objects.contacts.write"
            ],
            "conditionallyRequiredScopes": []
          },
          "permittedUrls": {
            "fetch": [
              "https://api.hubapi.com"
            ],
            "iframe": [],
            "img": []
          },
          "support": {
            "supportEmail": "support@example.com",
            "documentationUrl": "https://example.com/docs",
            "supportUrl": "https://example.com/support",
            "supportPhone": "+18005555555"
          }
        }
      }
      """;

  @Test
  void defaultAppCompilesWithoutWarnings() {
    assertThat(compile(AppSource.valid().build())).succeededWithoutWarnings();
  }

  @Test
  void defaultAppWritesExactlyTheProjectFileAndTheAppFile() {
    Compilation compilation = compile(AppSource.valid().build());

    assertThat(compilation.generatedFiles().stream()
            .map(JavaFileObject::toUri)
            .map(Object::toString)
            .filter(uri -> uri.contains("hubspot-project"))
            .toList())
        .containsExactly(
            "mem:///SOURCE_OUTPUT/" + PROJECT_FILE,
            "mem:///SOURCE_OUTPUT/" + APP_FILE);
  }

  @Test
  void defaultAppWritesTheProjectFile() {
    Compilation compilation = compile(AppSource.valid().build());

    assertThat(compilation).generatedFile(StandardLocation.SOURCE_OUTPUT, PROJECT_FILE)
        .contentsAsUtf8String().isEqualTo(PROJECT_JSON);
  }

  @Test
  void defaultAppWritesTheOauthMarketplaceAppFile() {
    Compilation compilation = compile(AppSource.valid().build());

    assertThat(compilation).generatedFile(StandardLocation.SOURCE_OUTPUT, APP_FILE)
        .contentsAsUtf8String().isEqualTo(OAUTH_MARKETPLACE_APP_JSON);
  }

  @Test
  void staticPrivateAppHasNoRedirectUrlsKey() {
    Compilation compilation = compile(AppSource.privateStaticApp().build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedFile(StandardLocation.SOURCE_OUTPUT, APP_FILE)
        .contentsAsUtf8String().isEqualTo(STATIC_PRIVATE_APP_JSON);
  }

  @Test
  void supportAndPermittedUrlsAreWrittenInHubSpotsKeyOrder() {
    Compilation compilation = compile(AppSource.valid()
        .withAuth("optionalScopes", "\"crm.objects.contacts.write\"")
        .with("permittedUrls", "@PermittedUrls(fetch = \"https://api.hubapi.com\")")
        .with("support", "@Support(supportPhone = \"+18005555555\", supportUrl = \"https://example.com/support\","
            + " documentationUrl = \"https://example.com/docs\", supportEmail = \"support@example.com\")")
        .build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedFile(StandardLocation.SOURCE_OUTPUT, APP_FILE)
        .contentsAsUtf8String().isEqualTo(APP_WITH_SUPPORT_JSON);
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

  private static byte[] bytes(Compilation compilation, String path) throws IOException {
    try (InputStream in = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, path).orElseThrow()
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
