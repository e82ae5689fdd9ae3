package io.github.hubspotapt.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compileServed;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.testing.TestClassPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every HubSpot annotation that a user can write on an element, and the {@code @Generated} of the
 * sources the processor writes, is claimed by the processor: under -Xlint:processing (part of
 * -Xlint:all) javac warns about annotations of a round that no processor claimed, which fails
 * -Werror builds. No other annotation is: javac offers a claimed annotation to no processor after
 * the one that claimed it.
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

  /** An app whose run-time code is generated too, where the runtime is on the class path. */
  private static final JavaFileObject SERVED_APP =
      JavaFileObjects.forSourceString(
          "test.Served",
          """
      package test;

      import io.github.hubspotapt.*;

      @HubSpotApp(uid = "served_app", name = "Served", description = "Served app.",
          distribution = Distribution.MARKETPLACE)
      @Auth(type = AuthType.OAUTH, redirectUrls = "https://example.com/oauth",
          requiredScopes = {"oauth", "crm.objects.contacts.read"})
      public class Served {

        @WorkflowAction(uid = "notify", actionUrl = "https://example.com/notify", objectTypes = "CONTACT",
            labels = @ActionLabels(actionName = "Notify"))
        public record Notify(@InputField(label = "Message", required = true) String message) {}

        @WebhookSettings(targetUrl = "https://example.com/hubspot/in", maxConcurrentRequests = 10)
        public static class Hooks {
          @WebhookSubscription(subscriptionType = "object.deletion", objectType = "contact")
          public void onDeleted(long objectId) {}
        }
      }
      """);

  /**
   * Both kinds of generated source, the OAuth helper and the run-time code, carry the processor's
   * own {@code @Generated}, which it claims.
   */
  @Test
  void theGeneratedSourcesCompileUnderXlintProcessingWithWerror() throws IOException {
    Compilation compilation =
        compileServed(
            List.of(
                "-Xlint:processing",
                "-Werror",
                "-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE"),
            SERVED_APP);

    assertThat(compilation).succeededWithoutWarnings();
    List<String> generated = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      generated.add(file.getName());
      assertThat(file.getCharContent(true).toString())
          .contains("@Generated(\"io.github.hubspotapt.processor.HubSpotProcessor\")");
    }
    assertThat(generated).contains("/SOURCE_OUTPUT/test/ServedOAuth.java");
    assertThat(generated).contains("/SOURCE_OUTPUT/test/ServedEndpoints.java");
  }

  @Test
  void onlyHubSpotAptsOwnAnnotationsAreClaimed() {
    for (String annotation : new HubSpotProcessor().getSupportedAnnotationTypes()) {
      assertThat(annotation).startsWith("io.github.hubspotapt.");
    }
  }

  /**
   * A processor after this one in the processor path is still offered {@code
   * javax.annotation.processing.Generated}, here on a source another tool generated.
   */
  @Test
  void aLaterProcessorStillGetsJavaxGenerated() {
    JavaFileObject generatedByAnotherTool =
        JavaFileObjects.forSourceString(
            "test.Stub",
            """
            package test;

            @javax.annotation.processing.Generated("com.example.OtherTool")
            class Stub {}
            """);
    GeneratedRecorder other = new GeneratedRecorder();

    Compilation compilation =
        javac()
            .withProcessors(new HubSpotProcessor(), other)
            .withOptions("-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE")
            .withClasspath(TestClassPath.entries(false))
            .compile(APP, generatedByAnotherTool);

    assertThat(compilation).succeeded();
    assertThat(other.received).containsExactly(GeneratedRecorder.JAVAX_GENERATED);
  }

  /** Another tool's processor of {@code javax.annotation.processing.Generated}. */
  private static final class GeneratedRecorder extends AbstractProcessor {

    static final String JAVAX_GENERATED = "javax.annotation.processing.Generated";

    final Set<String> received = new HashSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(JAVAX_GENERATED);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      annotations.forEach(annotation -> received.add(annotation.getQualifiedName().toString()));
      return false;
    }
  }
}
