package io.github.hubspotapt.processor.docs;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.HubSpotProcessor;
import io.github.hubspotapt.processor.testing.TestClassPath;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java sample of the README, the guide and the run-time documentation compiles with the
 * processor, without a warning, as CONTRIBUTING.md's convention says; those that need Spring or the
 * Servlet API are spring-boot-starter's (FrameworkSamplesTest).
 */
class DocSamplesTest {

  private static final List<DocSample> SAMPLES =
      DocSample.all(Documents.markdown("README.md", "docs/guide", "docs/runtime"));

  @TempDir static Path folder;

  private static File example;

  @TestFactory
  Stream<DynamicTest> everySampleCompilesWithoutWarnings() {
    return IntStream.range(0, SAMPLES.size())
        .filter(i -> SAMPLES.get(i).form() != DocSample.Form.FRAMEWORK)
        .mapToObj(i -> dynamicTest(SAMPLES.get(i).where(), () -> compiles(i)));
  }

  @Test
  void everyWithNamesOneSample() {
    Set<String> names = new HashSet<>();
    for (DocSample sample : SAMPLES) {
      assertTrue(
          sample.name() == null || names.add(sample.name()),
          sample.where() + ": a second sample named " + sample.name());
    }
    for (DocSample sample : SAMPLES) {
      for (String name : sample.with()) {
        assertTrue(
            name.equals(DocSample.EXAMPLE) || names.contains(name),
            sample.where() + ": no sample is named " + name);
      }
    }
  }

  @Test
  void frameworkSamplesAreWhereFrameworkSamplesTestReadsThem() {
    for (DocSample sample : SAMPLES) {
      assertTrue(
          sample.form() != DocSample.Form.FRAMEWORK
              || Documents.name(sample.document()).equals("docs/runtime/frameworks.md"),
          sample.where()
              + ": spring-boot-starter's FrameworkSamplesTest reads"
              + " docs/runtime/frameworks.md only");
    }
  }

  @Test
  void theDocumentsHaveSamplesOfEveryForm() {
    Set<DocSample.Form> forms = new HashSet<>();
    SAMPLES.forEach(sample -> forms.add(sample.form()));
    assertEquals(Set.of(DocSample.Form.values()), forms);
  }

  private static void compiles(int index) throws IOException {
    DocSample sample = SAMPLES.get(index);
    List<SampleSource> sources = new ArrayList<>(List.of(SampleSource.of(sample, index)));
    for (String name : sample.with()) {
      if (!name.equals(DocSample.EXAMPLE)) {
        int named = named(name);
        sources.add(SampleSource.of(SAMPLES.get(named), named));
      }
    }
    List<File> classPath = new ArrayList<>(TestClassPath.entries(sample.runtime()));
    if (sample.withExample()) {
      classPath.add(example());
    }
    Compilation compilation =
        javac()
            .withProcessors(new HubSpotProcessor())
            .withOptions(options(sources))
            .withClasspath(classPath)
            .compile(sources.stream().map(SampleSource::file).toList());
    List<String> problems =
        compilation.diagnostics().stream()
            .filter(
                d -> d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER)
            .map(d -> describe(d, sources))
            .toList();
    assertEquals(List.of(), problems, sample.where() + " does not compile cleanly");
  }

  /**
   * The samples have no front-end folder: their entrypoints and the functions' package.json are not
   * there to check. The option is given only with a function, as javac warns about an option when
   * no processor runs.
   */
  private static List<String> options(List<SampleSource> sources) {
    boolean functions =
        sources.stream().anyMatch(source -> source.sample().code().contains("@AppFunction"));
    return functions
        ? List.of("-Xlint:all", "-Ahubspot.severity.HS_FUNCTION_PACKAGE_JSON=NONE")
        : List.of("-Xlint:all");
  }

  private static int named(String name) {
    return IntStream.range(0, SAMPLES.size())
        .filter(i -> name.equals(SAMPLES.get(i).name()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sample is named " + name));
  }

  /** A diagnostic at the document's line: {@code docs/guide/02-features.md:40: error: ...}. */
  private static String describe(
      Diagnostic<? extends JavaFileObject> diagnostic, List<SampleSource> sources) {
    String where =
        sources.stream()
            .filter(source -> Objects.equals(source.file(), diagnostic.getSource()))
            .findFirst()
            .map(source -> source.where(diagnostic.getLineNumber()))
            .orElse(
                diagnostic.getSource() == null
                    ? "(no source)"
                    : diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber());
    return where
        + ": "
        + diagnostic.getKind().name().toLowerCase(Locale.ROOT)
        + ": "
        + diagnostic.getMessage(Locale.ROOT);
  }

  private static synchronized File example() throws IOException {
    if (example == null) {
      example = ExampleClasses.compile(folder);
    }
    return example;
  }
}
