package io.github.hubspotapt.processor.read;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.AuthType;
import io.github.hubspotapt.Distribution;
import io.github.hubspotapt.PlatformVersion;
import io.github.hubspotapt.processor.testing.AppSource;
import io.github.hubspotapt.processor.testing.HubSpotCompiler;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An annotations jar newer than the processor: its enums have constants the processor's model does
 * not know. The jar's enum is shadowed by a source of the same name with one constant more, which
 * javac then compiles against.
 */
class AnnotationVersionTest {

  private static final String RULE = "HS-ANNOTATION-VERSION";
  private static final String ADVICE =
      ", which this processor version does not know; use the same version of"
          + " hubspot-apt-annotations and hubspot-apt-processor";
  private static final List<String> NO_FRONTEND = HubSpotCompiler.NO_FRONTEND;

  @Test
  void anUnknownDistributionIsAnErrorOnTheValueAndNothingIsWritten() {
    JavaFileObject app = AppSource.valid().with("distribution", "Distribution.PARTNER").build();

    Compilation compilation = compile(app, newer(Distribution.class, "PARTNER"));

    assertThat(compilation).failed();
    assertError(
        compilation,
        app,
        RULE,
        "the annotations jar has Distribution.PARTNER" + ADVICE,
        ".PARTNER");
    assertThat(compilation).hadErrorCount(1);
    assertNothingWritten(compilation);
  }

  /**
   * SCIM and app functions judge the auth type: with an unknown one they say nothing, and never
   * fail.
   */
  @Test
  void anUnknownAuthTypeIsAnErrorAndTheFeaturesThatJudgeItStayQuiet() {
    JavaFileObject app = AppSource.privateStaticApp().withAuth("type", "AuthType.TOKEN").build();

    Compilation compilation =
        compile(
            HubSpotCompiler.NO_FRONTEND_FUNCTIONS,
            app,
            newer(AuthType.class, "TOKEN"),
            AppSource.scim("MyScim").build(),
            AppSource.appFunction("MyFunction").build());

    assertThat(compilation).failed();
    assertError(
        compilation, app, RULE, "the annotations jar has AuthType.TOKEN" + ADVICE, ".TOKEN");
    assertThat(compilation).hadErrorCount(1);
    assertNoDiagnostic(compilation, "HS-INTERNAL-ERROR");
    assertNothingWritten(compilation);
  }

  @Test
  void anUnknownPlatformVersionIsAnErrorWithAFeatureThatNeedsAVersion() {
    JavaFileObject app =
        AppSource.valid().with("platformVersion", "PlatformVersion.V2099_03").build();

    Compilation compilation =
        compile(
            NO_FRONTEND,
            app,
            newer(PlatformVersion.class, "V2099_03"),
            AppSource.bulkAction("MyAction").build());

    assertThat(compilation).failed();
    assertError(
        compilation,
        app,
        RULE,
        "the annotations jar has PlatformVersion.V2099_03" + ADVICE,
        ".V2099_03");
    assertThat(compilation).hadErrorCount(1);
    assertNothingWritten(compilation);
  }

  /** The shadowing enum alone changes nothing: a constant both know compiles as before. */
  @Test
  void aKnownConstantOfTheNewerEnumPasses() {
    Compilation compilation =
        compile(
            AppSource.valid().with("distribution", "Distribution.PRIVATE").build(),
            newer(Distribution.class, "PARTNER"));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  /**
   * The annotations' enum {@code type} with every constant it has, and {@code extra} after them.
   */
  private static JavaFileObject newer(Class<? extends Enum<?>> type, String extra) {
    String constants =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    return JavaFileObjects.forSourceLines(
        type.getName(),
        "package io.github.hubspotapt;",
        "public enum " + type.getSimpleName() + " { " + constants + ", " + extra + " }");
  }
}
