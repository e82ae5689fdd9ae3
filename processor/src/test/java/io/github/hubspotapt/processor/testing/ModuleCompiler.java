package io.github.hubspotapt.processor.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import io.github.hubspotapt.processor.HubSpotProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a named module {@code demo} with the processor by javac into folders, the jars or class
 * folders of the given classes on the module path (a class folder with its {@code module-info} is a
 * module as a jar is), and asserts that it compiled.
 */
public final class ModuleCompiler {

  private ModuleCompiler() {}

  /**
   * @param dir an empty folder for sources, classes and generated sources
   * @param requires the directives of module {@code demo}
   * @param sources the sources of package {@code demo.app}, by simple class name
   * @param modules classes whose jars or folders form the module path
   * @return the warnings javac and the processor reported
   */
  public static List<String> compile(
      Path dir,
      String requires,
      Map<String, String> sources,
      List<String> options,
      Class<?>... modules)
      throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/demo/app"));
    List<Path> files = new ArrayList<>(List.of(dir.resolve("src/module-info.java")));
    Files.writeString(files.get(0), "module demo { " + requires + " }");
    for (Map.Entry<String, String> source : sources.entrySet()) {
      files.add(Files.writeString(src.resolve(source.getKey() + ".java"), source.getValue()));
    }
    List<String> arguments = new ArrayList<>(options);
    arguments.addAll(
        List.of(
            "--module-path",
            Stream.of(modules)
                .map(ModuleCompiler::location)
                .collect(Collectors.joining(File.pathSeparator)),
            "-d",
            Files.createDirectories(dir.resolve("classes")).toString(),
            "-s",
            Files.createDirectories(generated(dir)).toString()));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager manager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              new StringWriter(),
              manager,
              diagnostics,
              arguments,
              null,
              manager.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new HubSpotProcessor()));
      assertWithMessage("%s", diagnostics.getDiagnostics()).that(task.call()).isTrue();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(
            d ->
                d.getKind() == Diagnostic.Kind.WARNING
                    || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .map(Object::toString)
        .toList();
  }

  /**
   * The source of {@code demo.app.DemoApp}, a valid OAuth app.
   *
   * @param requiredScopes the {@code requiredScopes} member's value as written in Java
   */
  public static String demoApp(String requiredScopes) {
    return String.join(
        "\n",
        "package demo.app;",
        "",
        "import io.github.hubspotapt.*;",
        "",
        "@HubSpotApp(uid = \"demo_app\", name = \"Demo App\", description = \"An app in a module.\",",
        "    distribution = Distribution.MARKETPLACE)",
        "@Auth(type = AuthType.OAUTH, redirectUrls = \"https://example.com/oauth/callback\",",
        "    requiredScopes = " + requiredScopes + ")",
        "public final class DemoApp {",
        "  private DemoApp() {}",
        "}",
        "");
  }

  /** The folder of the generated sources of {@link #compile} in {@code dir}. */
  public static Path generated(Path dir) {
    return dir.resolve("generated");
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
