package io.github.hubspotapt.processor.docs;

import io.github.hubspotapt.processor.HubSpotProcessor;
import io.github.hubspotapt.processor.testing.TestClassPath;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The example app's classes, which the run-time documentation's samples use: its sources compiled
 * with the processor and hubspot-apt-runtime, as the example's build compiles them, so that its
 * generated entry point, readers and occurrences are there too.
 */
final class ExampleClasses {

  private static final Path SOURCES =
      Documents.ROOT.resolve(
          Path.of("example-app", "src", "main", "java", "com", "acme", "invoicesync"));

  private ExampleClasses() {}

  /** Compiles the example into {@code folder}/classes; returns that folder. */
  static File compile(Path folder) throws IOException {
    Path classes = Files.createDirectories(folder.resolve("classes"));
    Path generated = Files.createDirectories(folder.resolve("generated"));
    List<Path> sources;
    try (Stream<Path> files = Files.list(SOURCES)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          new ArrayList<>(
              List.of(
                  "-d",
                  classes.toString(),
                  "-s",
                  generated.toString(),
                  "-classpath",
                  TestClassPath.value(true)));
      StringWriter out = new StringWriter();
      JavaCompiler.CompilationTask task =
          javac.getTask(
              out, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new HubSpotProcessor()));
      if (!task.call()) {
        throw new AssertionError(
            "the example app does not compile: " + diagnostics.getDiagnostics());
      }
    }
    return classes.toFile();
  }
}
