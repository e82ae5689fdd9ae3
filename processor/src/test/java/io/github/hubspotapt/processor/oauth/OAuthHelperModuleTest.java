package io.github.hubspotapt.processor.oauth;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.hubspotapt.HubSpotApp;
import io.github.hubspotapt.processor.HubSpotProcessor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a named module the helper uses only the JDK modules the app's module reads: the token and
 * refresh requests need {@code java.net.http}; its {@code @Generated} is hubspot-apt's own, from
 * the annotations module the app reads anyway. Compiled by javac into folders, with the annotations
 * on the module path as their own module {@code io.github.hubspotapt}, which the app requires
 * without a single {@code -Xlint:all} warning.
 */
class OAuthHelperModuleTest {

  @TempDir Path dir;

  @Test
  void aModuleReadingOnlyTheAnnotationsGetsTheAuthorizationUrlOnly() throws IOException {
    String helper = compileModule("requires static io.github.hubspotapt;");

    assertThat(helper).contains("import io.github.hubspotapt.generated.Generated;");
    assertThat(helper).contains("@Generated(\"io.github.hubspotapt.processor.HubSpotProcessor\")");
    assertThat(helper).doesNotContain("import java.net.http");
    assertThat(helper).doesNotContain("tokenRequest(");
    assertThat(helper).contains("public URI authorizationUrl(");
    assertThat(helper)
        .contains(
            "(The request builders need\n * {@code requires java.net.http;} in the app's module.)");
  }

  @Test
  void aModuleReadingTheHttpClientGetsEverything() throws IOException {
    String helper = compileModule("requires static io.github.hubspotapt; requires java.net.http;");

    assertThat(helper).contains("@Generated(\"io.github.hubspotapt.processor.HubSpotProcessor\")");
    assertThat(helper).contains("public HttpRequest tokenRequest(");
  }

  @Test
  void javaSeIsReadTransitively() throws IOException {
    String helper = compileModule("requires static io.github.hubspotapt; requires java.se;");

    assertThat(helper).contains("@Generated(");
    assertThat(helper).contains("public HttpRequest refreshRequest(");
  }

  /**
   * Compiles module {@code demo} with {@code requires} and its app class; returns the generated
   * helper's source.
   */
  private String compileModule(String requires) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/demo/app"));
    Files.writeString(dir.resolve("src/module-info.java"), "module demo { " + requires + " }");
    Files.writeString(
        src.resolve("DemoApp.java"),
        String.join(
            "\n",
            "package demo.app;",
            "",
            "import io.github.hubspotapt.*;",
            "",
            "@HubSpotApp(uid = \"demo_app\", name = \"Demo App\", description = \"An app in a module.\",",
            "    distribution = Distribution.MARKETPLACE)",
            "@Auth(type = AuthType.OAUTH, redirectUrls = \"https://example.com/oauth/callback\",",
            "    requiredScopes = \"oauth\")",
            "public final class DemoApp {",
            "  private DemoApp() {}",
            "}",
            ""));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-Xlint:all",
              "--module-path",
              annotationsJar().toString(),
              "-d",
              Files.createDirectories(dir.resolve("classes")).toString(),
              "-s",
              generated.toString());
      JavaCompiler.CompilationTask task =
          javac.getTask(
              new StringWriter(),
              files,
              diagnostics,
              options,
              null,
              files.getJavaFileObjects(
                  dir.resolve("src/module-info.java"), src.resolve("DemoApp.java")));
      task.setProcessors(List.of(new HubSpotProcessor()));
      boolean success = task.call();
      assertWithMessage("%s", diagnostics.getDiagnostics()).that(success).isTrue();
    }
    // A named module (module-info in the annotations jar), so not even requires-automatic: no
    // warning at all.
    assertThat(
            diagnostics.getDiagnostics().stream()
                .filter(
                    d ->
                        d.getKind() == Diagnostic.Kind.WARNING
                            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .map(Object::toString)
                .toList())
        .isEmpty();
    return Files.readString(generated.resolve("demo/app/DemoAppOAuth.java"));
  }

  /** The annotations as a jar, module-info included, whether the build gives a jar or a folder. */
  private Path annotationsJar() throws IOException {
    Path jar = dir.resolve("hubspot-apt-annotations.jar");
    Path location;
    try {
      location =
          Path.of(HubSpotApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    if (Files.isRegularFile(location)) {
      return Files.copy(location, jar);
    }
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out);
        Stream<Path> classes = Files.walk(location)) {
      for (Path file : classes.filter(Files::isRegularFile).toList()) {
        zip.putNextEntry(new ZipEntry(location.relativize(file).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
    }
    return jar;
  }
}
