package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.HubSpotApp;
import io.github.hubspotapt.processor.HubSpotProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * HubSpot's config rules over the imported sources, before the user builds: javac compiles the
 * written sources in this process with hubspot-apt's processor, as the user's build does (with the
 * front-end folder, without any {@code -Ahubspot.severity} the build may set), into a temporary
 * folder it deletes afterwards. HubSpot's parser, which the import runs first, knows none of these
 * rules.
 */
final class ProcessorCheck {

  /**
   * One diagnostic as javac prints it.
   *
   * @param file the source it is in, as the writer named it, or null for the whole project
   * @param line its line, or {@link Diagnostic#NOPOS}
   * @param kind error, warning or note
   * @param message the processor's message, which starts with the rule id ({@code
   *     [HS-SUPPORT-EMAIL] ...})
   */
  record Report(String file, long line, Diagnostic.Kind kind, String message) {

    /**
     * As javac names it: {@code error}, {@code warning}, {@code mandatory warning}, {@code note}.
     */
    String kindName() {
      return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @Override
    public String toString() {
      String where = file == null ? "" : file + (line == Diagnostic.NOPOS ? "" : ":" + line) + ": ";
      return where + kindName() + ": " + message;
    }
  }

  /**
   * What the check found: the diagnostics, or why it could not run.
   *
   * @param reports every error and warning, and every note of a rule, in javac's order
   * @param notRun why the check did not run, or null when it ran
   */
  record Outcome(List<Report> reports, String notRun) {

    static Outcome notRun(String why) {
      return new Outcome(List.of(), why);
    }

    long errors() {
      return reports.stream().filter(report -> report.kind() == Diagnostic.Kind.ERROR).count();
    }

    /** How many of each kind: {@code 1 error(s), 2 warning(s)}. */
    String counts() {
      List<String> counts = new ArrayList<>();
      for (String kind : List.of("error", "warning", "note")) {
        long count = reports.stream().filter(report -> report.kindName().endsWith(kind)).count();
        if (count > 0) {
          counts.add(count + " " + kind + "(s)");
        }
      }
      return String.join(", ", counts);
    }
  }

  private ProcessorCheck() {}

  /**
   * @param sources the written Java sources
   * @param frontendDir the front-end folder the import wrote (the processor's {@code
   *     -Ahubspot.frontendDir}); when it does not exist, the project has no front-end files and the
   *     processor is told nothing of one
   * @return the findings
   */
  static Outcome run(List<Path> sources, Path frontendDir) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      return Outcome.notRun("this Java runtime has no compiler; run the import on a JDK");
    }
    Processor processor;
    try {
      processor = new HubSpotProcessor();
    } catch (NoClassDefFoundError e) {
      return Outcome.notRun(
          "hubspot-apt's processor is not on the class path (the hubspot-apt-processor jar)");
    }
    Path work;
    try {
      work = Files.createTempDirectory("hubspot-apt-import-check");
    } catch (IOException e) {
      return Outcome.notRun("no temporary folder for the compilation: " + e.getMessage());
    }
    try {
      return compile(javac, processor, sources, frontendDir, work);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // javac wraps what fails inside it (a processor's exception too) in an unchecked exception.
      return Outcome.notRun("the compilation failed: " + e);
    } finally {
      delete(work);
    }
  }

  private static Outcome compile(
      JavaCompiler javac, Processor processor, List<Path> sources, Path frontendDir, Path work)
      throws IOException, URISyntaxException {
    Path annotations =
        Path.of(HubSpotApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> options =
        new ArrayList<>(
            List.of(
                "-d",
                Files.createDirectory(work.resolve("classes")).toString(),
                "-s",
                Files.createDirectory(work.resolve("generated")).toString(),
                "-classpath",
                annotations.toString(),
                "-implicit:none"));
    if (Files.isDirectory(frontendDir)) {
      options.add("-Ahubspot.frontendDir=" + frontendDir.toAbsolutePath());
    } else {
      // The note says that the build does not configure a front-end folder; this project has none
      // to configure.
      options.add("-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(processor));
      task.setLocale(Locale.ROOT);
      task.call();
    }
    List<Report> reports = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      // javac's own notes (deprecation, unchecked) are about Java, not about HubSpot's rules.
      if (diagnostic.getKind() != Diagnostic.Kind.NOTE || message.startsWith("[HS-")) {
        reports.add(
            new Report(
                diagnostic.getSource() == null ? null : diagnostic.getSource().getName(),
                diagnostic.getLineNumber(),
                diagnostic.getKind(),
                message));
      }
    }
    return new Outcome(List.copyOf(reports), null);
  }

  private static void delete(Path work) {
    try (Stream<Path> walk = Files.walk(work)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException | UncheckedIOException e) {
      // A temporary folder left behind is no reason to fail an import that has been written.
    }
  }
}
