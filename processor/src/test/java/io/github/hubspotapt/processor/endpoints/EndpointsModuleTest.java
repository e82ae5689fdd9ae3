package io.github.hubspotapt.processor.endpoints;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.hubspotapt.HubSpotApp;
import io.github.hubspotapt.processor.testing.ModuleCompiler;
import io.github.hubspotapt.runtime.HubSpotEndpoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    ModuleCompiler.compile(
        dir,
        requires,
        Map.of(
            "DemoApp",
            ModuleCompiler.demoApp("{\"oauth\", \"crm.objects.contacts.read\"}"),
            "Hooks",
            String.join(
                "\n",
                "package demo.app;",
                "",
                "import io.github.hubspotapt.*;",
                "",
                "@WebhookSettings(targetUrl = \"https://example.com/hubspot/in\", maxConcurrentRequests = 1)",
                "public class Hooks {",
                "  @WebhookSubscription(subscriptionType = \"object.deletion\", objectType = \"contact\")",
                "  public void onDeleted(long objectId) {}",
                "}",
                "")),
        List.of(),
        HubSpotApp.class,
        HubSpotEndpoints.class,
        JsonFactory.class);
    return ModuleCompiler.generated(dir);
  }
}
