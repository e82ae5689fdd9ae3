package io.github.hubspotapt.processor.endpoints;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.hubspotapt.HubSpotApp;
import io.github.hubspotapt.processor.HubSpotProcessor;
import io.github.hubspotapt.runtime.HubSpotEndpoints;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular app reads the run-time artifact from the module path: the endpoints are generated when
 * its module requires {@code io.github.hubspotapt.runtime}, and not when it does not, even with the
 * artifact on the module path (code naming it would not compile in that module).
 */
class EndpointsModuleTest {

  @TempDir Path dir;

  @Test
  void aModuleRequiringTheRunTimeGetsItsEndpoints() throws IOException {
    Path generated =
        compileModule(
            "requires static io.github.hubspotapt; requires io.github.hubspotapt.runtime;");

    assertThat(Files.readString(generated.resolve("demo/app/DemoAppEndpoints.java")))
        .contains("public Builder hooks(Hooks hooks)");
    assertThat(Files.exists(generated.resolve("demo/app/Hooks_WebhookRoutes.java"))).isTrue();
  }

  @Test
  void aModuleNotRequiringItGetsNoEndpoints() throws IOException {
    Path generated = compileModule("requires static io.github.hubspotapt;");

    assertThat(Files.exists(generated.resolve("demo/app/DemoAppEndpoints.java"))).isFalse();
    assertThat(Files.exists(generated.resolve("demo/app/Hooks_WebhookRoutes.java"))).isFalse();
  }

  /** Compiles module {@code demo} with {@code requires}; returns the generated sources' folder. */
  private Path compileModule(String requires) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/demo/app"));
    Files.writeString(dir.resolve("src/module-info.java"), "module demo { " + requires + " }");
    Files.writeString(
        src.resolve("DemoApp.java"),
        String.join(
            "\n",
            "package demo.app;",
            "",
            "import io.github.hubspotapt.*;",
            "",
            "@HubSpotApp(uid = \"demo_app\", name = \"Demo App\", description = \"An app in a module.\",",
            "    distribution = Distribution.MARKETPLACE)",
            "@Auth(type = AuthType.OAUTH, redirectUrls = \"https://example.com/oauth/callback\",",
            "    requiredScopes = {\"oauth\", \"crm.objects.contacts.read\"})",
            "public final class DemoApp {",
            "  private DemoApp() {}",
            "}",
            ""));
    Files.writeString(
        src.resolve("Hooks.java"),
        String.join(
            "\n",
            "package demo.app;",
            "",
            "import io.github.hubspotapt.*;",
            "",
            "@WebhookSettings(targetUrl = \"https://example.com/hubspot/in\", maxConcurrentRequests = 10)",
            "public class Hooks {",
            "  @WebhookSubscription(subscriptionType = \"object.deletion\", objectType = \"contact\")",
            "  public void onDeleted(long objectId) {}",
            "}",
            ""));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      String modulePath =
          String.join(
              java.io.File.pathSeparator,
              location(HubSpotApp.class),
              location(HubSpotEndpoints.class),
              location(JsonFactory.class));
      List<String> options =
          List.of(
              "--module-path",
              modulePath,
              "-d",
              Files.createDirectories(dir.resolve("classes")).toString(),
              "-s",
              generated.toString());
      JavaCompiler.CompilationTask task =
          javac.getTask(
              new StringWriter(),
              files,
              diagnostics,
              options,
              null,
              files.getJavaFileObjects(
                  dir.resolve("src/module-info.java"),
                  src.resolve("DemoApp.java"),
                  src.resolve("Hooks.java")));
      task.setProcessors(List.of(new HubSpotProcessor()));
      assertWithMessage("%s", diagnostics.getDiagnostics()).that(task.call()).isTrue();
    }
    return generated;
  }

  /** The jar or classes folder of {@code type}; a folder with its module-info is a module too. */
  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
