package io.github.hubspotapt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every HubSpot annotation that a user can write on an element is claimed by the processor: under
 * -Xlint:processing (part of -Xlint:all) javac warns about annotations no processor claimed, which
 * fails -Werror builds.
 */
class ClaimedAnnotationsTest {

  private static final JavaFileObject APP =
      JavaFileObjects.forSourceString(
          "test.Backend",
          """
      package test;

      import io.github.hubspotapt.*;

      @HubSpotApp(uid = "sample_app", name = "Sample", description = "Sample app.",
          distribution = Distribution.MARKETPLACE)
      @Auth(type = AuthType.OAUTH, redirectUrls = "https://example.com/oauth",
          requiredScopes = {"oauth", "timeline", "crm.objects.contacts.read"})
      class Backend {

        @WorkflowAction(uid = "notify", actionUrl = "https://example.com/notify", objectTypes = "CONTACT",
            labels = @ActionLabels(actionName = "Notify"))
        record Notify(
            @InputField(label = "Message", required = true) String message,
            @InputField(label = "Priority") Priority priority,
            @OutputField(label = "Sent") boolean sent) {}

        enum Priority {
          @Option(value = "high", label = "High") HIGH,
          @Option(value = "low", label = "Low") LOW
        }

        @AppEvent(uid = "registered", name = "Registered", objectType = AppEventObjectType.CONTACT,
            headerTemplate = "Registered for {{webinarName}}")
        record Registered(@EventProperty(label = "Webinar Name") String webinarName) {}

        @AppObject(uid = "car", name = "CAR", description = "Cars.", singularForm = "Car", pluralForm = "Cars",
            primaryDisplayLabelProperty = "model")
        record Car(@ObjectProperty(label = "Model") String model) {}
      }
      """);

  @Test
  void memberAnnotationsAreClaimedSoLintStaysQuiet() {
    Compilation compilation =
        compile(List.of("-Xlint:all", "-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE"), APP);

    assertThat(compilation).succeededWithoutWarnings();
  }
}
