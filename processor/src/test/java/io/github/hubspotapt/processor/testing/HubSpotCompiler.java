package io.github.hubspotapt.processor.testing;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles sources with the processor and asserts diagnostics by rule id, message and exact
 * position.
 */
public final class HubSpotCompiler {

  /**
   * Keeps the output of tests without a front-end folder free of the HS-FRONTEND-NOT-CONFIGURED
   * note.
   */
  public static final List<String> NO_FRONTEND =
      List.of("-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE");

  /**
   * {@link #NO_FRONTEND} for sources with app functions, whose missing package.json the test does
   * not look at: without a front-end folder the project has none, which HS-FUNCTION-PACKAGE-JSON
   * reports. Only for sources that run the processor: javac warns about an option no processor
   * takes.
   */
  public static final List<String> NO_FRONTEND_FUNCTIONS =
      List.of(
          "-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE",
          "-Ahubspot.severity.HS_FUNCTION_PACKAGE_JSON=NONE");

  private HubSpotCompiler() {}

  public static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  public static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac()
        .withProcessors(new RecordingProcessor())
        .withOptions(options)
        .withClasspath(TestClassPath.entries(false))
        .compile(sources);
  }

  /**
   * Compiles with hubspot-apt-runtime on the class path: the processor then generates the run-time
   * code.
   */
  public static Compilation compileServed(List<String> options, JavaFileObject... sources) {
    return javac()
        .withProcessors(new RecordingProcessor())
        .withOptions(options)
        .withClasspath(TestClassPath.entries(true))
        .compile(sources);
  }

  /**
   * Asserts an error {@code [ruleId] ...message...} that points at the first character of {@code
   * located} in {@code source}: its line and column. {@code located} must occur exactly once in the
   * source. javac points at the opening quote of a string value, and at the dot of an enum value:
   * locate {@code ".STATIC"} for {@code AuthType.STATIC}; a diagnostic on a whole annotation points
   * at its {@code @}.
   */
  public static void assertError(
      Compilation compilation,
      JavaFileObject source,
      String ruleId,
      String message,
      String located) {
    Position at = Position.of(source, located);
    assertThat(compilation)
        .hadErrorContaining("[" + ruleId + "] " + message)
        .inFile(source)
        .onLine(at.line())
        .atColumn(at.column());
  }

  /** The compilation failed, with the error of {@link #assertError} among its errors. */
  public static void assertFailedWith(
      Compilation compilation,
      JavaFileObject source,
      String ruleId,
      String message,
      String located) {
    assertThat(compilation).failed();
    assertError(compilation, source, ruleId, message, located);
  }

  /** As {@link #assertFailedWith}, and the compilation wrote nothing of the project. */
  public static void assertRejected(
      Compilation compilation,
      JavaFileObject source,
      String ruleId,
      String message,
      String located) {
    assertFailedWith(compilation, source, ruleId, message, located);
    assertNothingWritten(compilation);
  }

  /** The compilation succeeded without a warning, and no diagnostic mentions {@code ruleId}. */
  public static void assertPasses(Compilation compilation, String ruleId) {
    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, ruleId);
  }

  /**
   * The compilation succeeded, warnings of other rules allowed, and no diagnostic mentions {@code
   * ruleId}.
   */
  public static void assertSucceededWithout(Compilation compilation, String ruleId) {
    assertThat(compilation).succeeded();
    assertNoDiagnostic(compilation, ruleId);
  }

  /** As {@link #assertError}, for a warning. */
  public static void assertWarning(
      Compilation compilation,
      JavaFileObject source,
      String ruleId,
      String message,
      String located) {
    Position at = Position.of(source, located);
    assertThat(compilation)
        .hadWarningContaining("[" + ruleId + "] " + message)
        .inFile(source)
        .onLine(at.line())
        .atColumn(at.column());
  }

  /**
   * The compilation succeeded, with the warning of {@link #assertWarning} among its diagnostics.
   */
  public static void assertSucceededWithWarning(
      Compilation compilation,
      JavaFileObject source,
      String ruleId,
      String message,
      String located) {
    assertThat(compilation).succeeded();
    assertWarning(compilation, source, ruleId, message, located);
  }

  /** No diagnostic of any kind mentions {@code ruleId}. */
  public static void assertNoDiagnostic(Compilation compilation, String ruleId) {
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      assertWithMessage("unexpected diagnostic: %s", d)
          .that(d.getMessage(Locale.ROOT))
          .doesNotContain("[" + ruleId + "]");
    }
  }

  /**
   * Nothing of the HubSpot project was written by the compilation that {@link #compile} ran: its
   * processor recorded every file it created. The OAuth helper (Java source, written in the first
   * round, before the rules run) is not part of the project, nor is the bookkeeping for incremental
   * builds (META-INF/hubspot-apt/).
   */
  public static void assertNothingWritten(Compilation compilation) {
    RecordingProcessor recorder =
        compilation.compiler().processors().stream()
            .filter(RecordingProcessor.class::isInstance)
            .map(RecordingProcessor.class::cast)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "not compiled by HubSpotCompiler.compile: " + compilation));
    assertWithMessage("files written for a project with errors")
        .that(
            recorder.created().stream()
                .filter(p -> !p.endsWith(".java") && !p.startsWith("META-INF/hubspot-apt/"))
                .toList())
        .isEmpty();
  }

  /**
   * {@code message}, which starts with its rule's id in brackets, as printed: with its rule page's
   * link.
   */
  public static String linked(String message) {
    return linked(message, message.substring(1, message.indexOf(']')));
  }

  /** {@code message} of the rule {@code ruleId}, as printed: with the rule page's link. */
  public static String linked(String message, String ruleId) {
    return message + " (see " + page(ruleId) + ")";
  }

  /** The address of the page of the rule {@code ruleId}, which ends each of its messages. */
  public static String page(String ruleId) {
    return Arrays.stream(RuleId.values())
        .filter(rule -> rule.id().equals(ruleId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId))
        .page();
  }

  /** Line and column (both 1-based) of a unique text in a source. */
  public record Position(int line, int column) {

    static Position of(JavaFileObject source, String text) {
      String content;
      try {
        content = source.getCharContent(true).toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int index = content.indexOf(text);
      if (index < 0 || content.indexOf(text, index + 1) >= 0) {
        throw new IllegalArgumentException(
            "\"" + text + "\" must occur exactly once in " + source.getName());
      }
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < index; i++) {
        if (content.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return new Position(line, index - lineStart + 1);
    }
  }
}
