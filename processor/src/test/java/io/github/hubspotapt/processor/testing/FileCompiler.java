package io.github.hubspotapt.processor.testing;

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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Real javac on real folders, as a build tool or IDE runs it: sources in {@code src}, classes in
 * {@code classes} (also on the class path, as in an incremental build), generated files in {@code
 * generated}. compile-testing's in-memory file manager cannot keep output between compilations,
 * which incremental behaviour needs.
 */
public final class FileCompiler {

  private final Path src;
  private final Path classes;
  private final Path generated;

  public FileCompiler(Path root) {
    this(root, root.resolve("generated"));
  }

  private FileCompiler(Path root, Path generated) {
    this.src = root.resolve("src");
    this.classes = root.resolve("classes");
    this.generated = generated;
  }

  /** A compiler in {@code root} with {@code sources} (by path under src/) written. */
  public static FileCompiler withSources(Path root, java.util.Map<String, String> sources) {
    FileCompiler compiler = new FileCompiler(root);
    sources.forEach(compiler::write);
    return compiler;
  }

  /**
   * javac as a plain command line runs it without {@code -s}: generated sources go into the class
   * output.
   */
  public static FileCompiler withoutSourceFolder(Path root) {
    return new FileCompiler(root, root.resolve("classes"));
  }

  public Path src() {
    return src;
  }

  public Path classes() {
    return classes;
  }

  /** javac's {@code -s} folder (the class output when there is none). */
  public Path generated() {
    return generated;
  }

  /** The folder the processor writes the HubSpot project into by default. */
  public Path project() {
    return generated.resolve("hubspot-project");
  }

  /** Writes {@code src/<path>}; returns the file. */
  public Path write(String path, String content) {
    try {
      Path file = src.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Deletes a source file and the class file compiled from it, as an IDE does when the user deletes
   * a class.
   */
  public void delete(String sourcePath) {
    try {
      Files.delete(src.resolve(sourcePath));
      String classFile = sourcePath.replaceAll("\\.java$", ".class");
      Files.deleteIfExists(classes.resolve(classFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles the given source files only (paths under {@code src}), with {@code options} added. */
  public Result compile(List<String> sourcePaths, String... options) {
    return compile(List.of(new HubSpotProcessor()), sourcePaths, options);
  }

  /**
   * As {@link #compile(List, String...)}, with {@code processors} instead of a plain {@link
   * HubSpotProcessor}.
   */
  public Result compile(
      List<? extends Processor> processors, List<String> sourcePaths, String... options) {
    try {
      Files.createDirectories(classes);
      Files.createDirectories(generated);
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files =
          javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        List<Path> paths = sourcePaths.stream().map(src::resolve).toList();
        List<String> args =
            new ArrayList<>(
                List.of(
                    "-d",
                    classes.toString(),
                    "-classpath",
                    TestClassPath.value(false) + java.io.File.pathSeparator + classes));
        if (!generated.equals(classes)) {
          args.addAll(List.of("-s", generated.toString()));
        }
        args.addAll(List.of(options));
        StringWriter out = new StringWriter();
        JavaCompiler.CompilationTask task =
            javac.getTask(
                out, files, diagnostics, args, null, files.getJavaFileObjectsFromPaths(paths));
        task.setProcessors(processors);
        boolean success = task.call();
        return new Result(success, diagnostics.getDiagnostics(), out.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Relative path to content of every file under {@code root}. */
  public static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(path).toString(), Files.readString(path));
      }
    }
    return files;
  }

  public record Result(
      boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {

    public List<String> messages(Diagnostic.Kind kind) {
      return diagnostics.stream()
          .filter(d -> d.getKind() == kind)
          .map(d -> d.getMessage(Locale.ROOT))
          .toList();
    }
  }
}
