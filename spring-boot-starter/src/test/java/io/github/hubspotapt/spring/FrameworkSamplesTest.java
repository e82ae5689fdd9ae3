package io.github.hubspotapt.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation's Spring Boot and Servlet samples, those marked {@code <!-- sample: framework
 * -->} (CONTRIBUTING.md), compile as written against this module's test class path: Spring Boot,
 * the Servlet API, the adapters and the example app's generated endpoints. The processor module
 * compiles every other sample.
 */
class FrameworkSamplesTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "runtime", "frameworks.md");
  private static final String MARKER = "<!-- sample: framework -->";
  private static final Pattern PUBLIC_CLASS =
      Pattern.compile("^public class (\\w+)", Pattern.MULTILINE);

  @TempDir Path folder;

  @Test
  void everyFrameworkSampleCompilesWithoutWarnings() throws IOException {
    List<Path> sources = new ArrayList<>();
    List<String> lines = Files.readAllLines(DOCUMENT);
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).equals(MARKER)) {
        assertEquals("```java", lines.get(i + 1), DOCUMENT + ":" + (i + 1));
        sources.add(write(block(lines, i + 2)));
      }
    }
    assertEquals(2, sources.size(), "the Spring Boot and the Servlet sample of " + DOCUMENT);
    List<String> problems = compile(sources);
    assertEquals(List.of(), problems, DOCUMENT + "'s samples do not compile cleanly");
  }

  private static String block(List<String> lines, int first) {
    StringBuilder code = new StringBuilder();
    for (int i = first; !lines.get(i).startsWith("```"); i++) {
      code.append(lines.get(i)).append('\n');
    }
    return code.toString();
  }

  /** The sample as the file javac wants: named after its public class. */
  private Path write(String code) throws IOException {
    Matcher type = PUBLIC_CLASS.matcher(code);
    assertTrue(
        type.find(), "a framework sample is a compilation unit with a public class:\n" + code);
    Path dir = Files.createDirectories(folder.resolve("src-" + type.group(1)));
    return Files.writeString(dir.resolve(type.group(1) + ".java"), code);
  }

  private List<String> compile(List<Path> sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-proc:none",
              "-Xlint:all",
              "-d",
              Files.createDirectories(folder.resolve("classes")).toString(),
              "-classpath",
              System.getProperty("java.class.path"));
      javac
          .getTask(
              new StringWriter(),
              files,
              diagnostics,
              options,
              null,
              files.getJavaFileObjectsFromPaths(sources))
          .call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER)
        .map(
            d ->
                d.getSource().getName()
                    + ":"
                    + d.getLineNumber()
                    + ": "
                    + d.getMessage(Locale.ROOT))
        .toList();
  }
}
