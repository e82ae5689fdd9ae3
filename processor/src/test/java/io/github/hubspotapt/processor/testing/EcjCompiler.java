package io.github.hubspotapt.processor.testing;

import io.github.hubspotapt.processor.HubSpotProcessor;
import java.io.File;
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
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * Compiles sources with the Eclipse compiler (ECJ, the compiler behind Eclipse's as-you-type
 * diagnostics) through its JSR-199 API, with a {@link HubSpotProcessor}.
 *
 * <p>compile-testing's {@code Compiler.compiler(new EclipseCompiler())} does not work: its
 * in-memory file objects have {@code mem:///} URIs and ECJ's {@code getTask} turns every source URI
 * into a {@link File} ({@code IllegalArgumentException: URI has an authority component}). So this
 * harness writes the sources to disk under a work directory (a JUnit {@code @TempDir}, which JUnit
 * deletes) and uses ECJ's own file manager.
 */
public final class EcjCompiler {

  private EcjCompiler() {}

  /**
   * One diagnostic as ECJ reported it. Line and column are 1-based; {@code start} and {@code end}
   * are the 0-based character offsets of the first and last character ECJ underlines (inclusive);
   * any of them is {@link Diagnostic#NOPOS} when absent. {@code source} is the file name, e.g.
   * {@code TestApp.java}.
   */
  public record Diag(
      Diagnostic.Kind kind,
      long line,
      long column,
      long start,
      long end,
      String message,
      String source) {

    @Override
    public String toString() {
      return kind + " " + source + ":" + line + ":" + column + " [" + start + ".." + end + "] "
          + message;
    }
  }

  /**
   * The outcome: whether ECJ succeeded, everything it reported, its output log, and the class (-d)
   * and source (-s) output directories.
   */
  public record Result(
      boolean success, List<Diag> diagnostics, String output, Path classOutput, Path sourceOutput) {

    /**
     * The diagnostics the processor reported: those whose message starts with a rule id, {@code
     * [HS-...]}.
     */
    public List<Diag> processorDiagnostics() {
      return diagnostics.stream().filter(d -> d.message().startsWith("[HS-")).toList();
    }

    /**
     * The one diagnostic of {@code kind} whose message starts with {@code [ruleId]}; fails unless
     * exactly one.
     */
    public Diag single(Diagnostic.Kind kind, String ruleId) {
      List<Diag> found =
          diagnostics.stream()
              .filter(d -> d.kind() == kind && d.message().startsWith("[" + ruleId + "]"))
              .toList();
      if (found.size() != 1) {
        throw new AssertionError(
            "expected exactly one "
                + kind
                + " ["
                + ruleId
                + "], got "
                + found
                + "\nall diagnostics:\n"
                + this);
      }
      return found.get(0);
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder("success=" + success + "\n");
      diagnostics.forEach(d -> text.append("  ").append(d).append('\n'));
      if (!output.isBlank()) {
        text.append("output:\n").append(output);
      }
      return text.toString();
    }
  }

  /** Compiles {@code sources} with a fresh {@link HubSpotProcessor} and {@code --release 17}. */
  public static Result compile(Path workDir, JavaFileObject... sources) {
    return compile(workDir, List.of(), sources);
  }

  /**
   * Compiles {@code sources} (e.g. {@link AppSource#build()}) with a fresh {@link
   * HubSpotProcessor}, extra {@code options} (e.g. {@code -Ahubspot...}), {@code --release 17}, the
   * test class path (which holds the annotations), classes to {@code workDir/classes} and generated
   * files to {@code workDir/generated}.
   */
  public static Result compile(Path workDir, List<String> options, JavaFileObject... sources) {
    try {
      Path sourceDir = Files.createDirectories(workDir.resolve("src"));
      Path classOutput = Files.createDirectories(workDir.resolve("classes"));
      Path sourceOutput = Files.createDirectories(workDir.resolve("generated"));
      List<File> files = new ArrayList<>();
      for (JavaFileObject source : sources) {
        files.add(write(sourceDir, source));
      }

      JavaCompiler compiler = new EclipseCompiler();
      DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
      List<String> arguments =
          new ArrayList<>(
              List.of(
                  "--release", "17",
                  "-encoding", "UTF-8",
                  "-classpath", TestClassPath.value(false),
                  "-d", classOutput.toString(),
                  "-s", sourceOutput.toString()));
      arguments.addAll(options);
      StringWriter out = new StringWriter();
      boolean success;
      try (StandardJavaFileManager fileManager =
          compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
        // ECJ's file manager keeps its own class path unless it is set on it.
        fileManager.setLocation(StandardLocation.CLASS_PATH, TestClassPath.entries(false));
        JavaCompiler.CompilationTask task =
            compiler.getTask(
                out,
                fileManager,
                collector,
                arguments,
                null,
                fileManager.getJavaFileObjectsFromFiles(files));
        task.setProcessors(List.<Processor>of(new HubSpotProcessor()));
        task.setLocale(Locale.ROOT);
        success = task.call();
      }

      List<Diag> diagnostics = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
        diagnostics.add(
            new Diag(
                d.getKind(),
                d.getLineNumber(),
                d.getColumnNumber(),
                d.getStartPosition(),
                d.getEndPosition(),
                d.getMessage(Locale.ROOT),
                d.getSource() == null
                    ? null
                    : Path.of(d.getSource().toUri()).getFileName().toString()));
      }
      return new Result(
          success, List.copyOf(diagnostics), out.toString(), classOutput, sourceOutput);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files under {@code dir}, as paths relative to it with '/' separators, sorted. */
  public static List<String> filesUnder(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace(File.separatorChar, '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a source under {@code sourceDir} at its package path, e.g. {@code test/TestApp.java}.
   */
  private static File write(Path sourceDir, JavaFileObject source) throws IOException {
    String name = source.getName().replace('\\', '/');
    while (name.startsWith("/")) {
      name = name.substring(1);
    }
    Path file = sourceDir.resolve(name).normalize();
    if (!file.startsWith(sourceDir)) {
      throw new IllegalArgumentException(
          "source name outside the source folder: " + source.getName());
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, source.getCharContent(true), StandardCharsets.UTF_8);
    return file.toFile();
  }
}
