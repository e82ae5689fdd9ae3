package io.github.hubspotapt.processor.rulepages;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Severity;
import io.github.hubspotapt.processor.testing.HubSpotCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every rule page's examples compile as the page says: the failing one reports the rule with its
 * default severity and no error of another rule, the passing one compiles without the rule. Only
 * the rules listed here have none.
 */
class RuleExamplesTest {

  /**
   * Failures of the machine (a crash, a disk that refuses a write), two jars of different versions,
   * and a javac without a generated-sources folder, which compile-testing always has, and limits of
   * hundreds of declarations.
   */
  private static final Set<RuleId> NOT_EXEMPLIFIED =
      Set.of(
          RuleId.INTERNAL_ERROR,
          RuleId.OUTPUT_FAILED,
          RuleId.ANNOTATION_VERSION,
          RuleId.OUTPUT_LOCATION,
          RuleId.APP_EVENT_LIMITS);

  @TempDir Path frontend;

  @ParameterizedTest
  @EnumSource(RuleId.class)
  void failingExampleReportsTheRule(RuleId rule) throws IOException {
    RuleText text = RuleText.of(rule);
    if (!text.exemplified()) {
      return;
    }
    Compilation compilation = compile(text.setup(false), text.failing());
    List<Diagnostic<? extends JavaFileObject>> reported =
        compilation.diagnostics().stream()
            .filter(d -> message(d).startsWith("[" + rule.id() + "]"))
            .toList();
    assertWithMessage("%s's failing example: %s", rule.id(), compilation.diagnostics())
        .that(reported)
        .isNotEmpty();
    assertThat(reported.get(0).getKind()).isEqualTo(kind(rule.defaultSeverity()));
    assertThat(message(reported.get(0))).endsWith("(see " + rule.page() + ")");
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertWithMessage("%s's failing example has another error", rule.id())
          .that(message(error))
          .startsWith("[" + rule.id() + "]");
    }
  }

  @ParameterizedTest
  @EnumSource(RuleId.class)
  void passingExampleDoesNotReportTheRule(RuleId rule) throws IOException {
    RuleText text = RuleText.of(rule);
    if (!text.exemplified()) {
      return;
    }
    Compilation compilation = compile(text.setup(true), text.passing(rule.id()));
    assertWithMessage("%s's passing example: %s", rule.id(), compilation.diagnostics())
        .that(compilation.status())
        .isEqualTo(Compilation.Status.SUCCESS);
    HubSpotCompiler.assertNoDiagnostic(compilation, rule.id());
  }

  @Test
  void onlyTheMachinesFailuresAreNotExemplified() {
    Set<RuleId> without = new TreeSet<>();
    Arrays.stream(RuleId.values())
        .filter(rule -> !RuleText.of(rule).exemplified())
        .forEach(without::add);
    assertThat(without).containsExactlyElementsIn(NOT_EXEMPLIFIED);
  }

  private Compilation compile(List<String> setup, List<Example.File> files) throws IOException {
    List<String> options = new ArrayList<>();
    boolean runtime = false;
    Path folder = frontend.resolve("frontend-" + System.nanoTime());
    for (String line : setup) {
      String[] words = line.split(" ", 3);
      switch (words[0]) {
        case "frontend" -> {
          Files.createDirectories(folder);
          options.add("-Ahubspot.frontendDir=" + folder);
        }
        case "file" -> {
          Path file = folder.resolve(words[1]);
          Files.createDirectories(file.getParent());
          Files.writeString(file, words.length > 2 ? words[2].replace("\\n", "\n") : "");
        }
        case "option" -> options.add(line.substring("option ".length()));
        case "runtime" -> runtime = true;
        default -> throw new AssertionError("unknown setup line: " + line);
      }
    }
    JavaFileObject[] sources =
        files.stream()
            .map(file -> JavaFileObjects.forSourceString(file.typeName(), file.source()))
            .toArray(JavaFileObject[]::new);
    return runtime
        ? HubSpotCompiler.compileServed(options, sources)
        : HubSpotCompiler.compile(options, sources);
  }

  private static Diagnostic.Kind kind(Severity severity) {
    return switch (severity) {
      case ERROR -> Diagnostic.Kind.ERROR;
      case WARNING -> Diagnostic.Kind.WARNING;
      default -> Diagnostic.Kind.NOTE;
    };
  }

  private static String message(Diagnostic<?> diagnostic) {
    return diagnostic.getMessage(Locale.ROOT);
  }
}
