package io.github.hubspotapt.processor.oauth;

import static com.google.common.truth.Truth.assertThat;

import io.github.hubspotapt.HubSpotApp;
import io.github.hubspotapt.processor.testing.ModuleCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a named module the helper uses only the JDK modules the app's module reads: the token and
 * refresh requests need {@code java.net.http}; its {@code @Generated} is hubspot-apt's own, from
 * the annotations module the app reads anyway. Compiled by javac, with the annotations on the
 * module path as their own module {@code io.github.hubspotapt}, which the app requires without a
 * single {@code -Xlint:all} warning.
 */
class OAuthHelperModuleTest {

  @TempDir Path dir;

  @Test
  void aModuleReadingOnlyTheAnnotationsGetsTheAuthorizationUrlOnly() throws IOException {
    String helper = compileModule("requires static io.github.hubspotapt;");

    assertThat(helper).contains("import io.github.hubspotapt.generated.Generated;");
    assertThat(helper).contains("@Generated(\"io.github.hubspotapt.processor.HubSpotProcessor\")");
    assertThat(helper).doesNotContain("import java.net.http");
    assertThat(helper).doesNotContain("tokenRequest(");
    assertThat(helper).contains("public URI authorizationUrl(");
    assertThat(helper)
        .contains(
            "(The request builders need\n * {@code requires java.net.http;} in the app's module.)");
  }

  @Test
  void aModuleReadingTheHttpClientGetsEverything() throws IOException {
    String helper = compileModule("requires static io.github.hubspotapt; requires java.net.http;");

    assertThat(helper).contains("@Generated(\"io.github.hubspotapt.processor.HubSpotProcessor\")");
    assertThat(helper).contains("public HttpRequest tokenRequest(");
  }

  @Test
  void javaSeIsReadTransitively() throws IOException {
    String helper = compileModule("requires static io.github.hubspotapt; requires java.se;");

    assertThat(helper).contains("@Generated(");
    assertThat(helper).contains("public HttpRequest refreshRequest(");
  }

  /**
   * Compiles module {@code demo} with {@code requires} and its app class; returns the generated
   * helper's source.
   */
  private String compileModule(String requires) throws IOException {
    List<String> warnings =
        ModuleCompiler.compile(
            dir,
            requires,
            Map.of("DemoApp", ModuleCompiler.demoApp("\"oauth\"")),
            List.of("-Xlint:all"),
            HubSpotApp.class);
    // A named module (module-info in the annotations jar), so not even requires-automatic: no
    // warning at all.
    assertThat(warnings).isEmpty();
    return Files.readString(ModuleCompiler.generated(dir).resolve("demo/app/DemoAppOAuth.java"));
  }
}
