package io.github.hubspotapt.processor.testing;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.HubSpotProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles sources with the processor and asserts diagnostics by rule id, message and exact position. */
public final class HubSpotCompiler {

  private HubSpotCompiler() {}

  public static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  public static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(new HubSpotProcessor()).withOptions(options).compile(sources);
  }

  /**
   * Asserts an error {@code [ruleId] ...message...} that points at the first character of {@code located} in
   * {@code source}: its line and column. {@code located} must occur exactly once in the source. javac points at
   * the opening quote of a string value, and at the dot of an enum value: locate {@code ".STATIC"} for
   * {@code AuthType.STATIC}; a diagnostic on a whole annotation points at its {@code @}.
   */
  public static void assertError(Compilation compilation, JavaFileObject source, String ruleId, String message,
      String located) {
    Position at = Position.of(source, located);
    assertThat(compilation).hadErrorContaining("[" + ruleId + "] " + message)
        .inFile(source).onLine(at.line()).atColumn(at.column());
  }

  /** As {@link #assertError}, for a warning. */
  public static void assertWarning(Compilation compilation, JavaFileObject source, String ruleId, String message,
      String located) {
    Position at = Position.of(source, located);
    assertThat(compilation).hadWarningContaining("[" + ruleId + "] " + message)
        .inFile(source).onLine(at.line()).atColumn(at.column());
  }

  /** No diagnostic of any kind mentions {@code ruleId}. */
  public static void assertNoDiagnostic(Compilation compilation, String ruleId) {
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      assertWithMessage("unexpected diagnostic: %s", d).that(d.getMessage(Locale.ROOT)).doesNotContain("[" + ruleId + "]");
    }
  }

  /**
   * Nothing of the HubSpot project was written. compile-testing hides the generated files of a failed compilation,
   * so the same sources and options are compiled again by real javac into a temporary folder, which must stay empty
   * of project files.
   */
  public static void assertNothingWritten(Compilation compilation) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("hubspot-apt-nothing-written");
      Path classes = Files.createDirectories(dir.resolve("classes"));
      Path generated = Files.createDirectories(dir.resolve("generated"));
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
        List<String> options = new ArrayList<>(compilation.compiler().options());
        options.addAll(List.of("-d", classes.toString(), "-s", generated.toString(),
            "-classpath", System.getProperty("java.class.path")));
        JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, d -> { }, options, null,
            compilation.sourceFiles());
        task.setProcessors(List.of(new HubSpotProcessor()));
        task.call();
      }
      try (Stream<Path> written = Files.walk(generated)) {
        // The OAuth helper (Java source, written in the first round, before the rules run) is not part of the project,
        // nor is the bookkeeping for incremental builds (META-INF/hubspot-apt/), which is kept beside the sources.
        assertWithMessage("files written for a project with errors")
            .that(written.filter(Files::isRegularFile).map(p -> generated.relativize(p).toString().replace('\\', '/'))
                .filter(p -> !p.endsWith(".java") && !p.startsWith("META-INF/hubspot-apt/")).toList())
            .isEmpty();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteRecursively(dir);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
        throw new IllegalArgumentException("\"" + text + "\" must occur exactly once in " + source.getName());
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
