package io.github.hubspotapt.processor;

import static io.github.hubspotapt.processor.testing.FileCompiler.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.testing.DemoSources;
import io.github.hubspotapt.processor.testing.EcjCompiler;
import io.github.hubspotapt.processor.testing.FileCompiler;
import io.github.hubspotapt.processor.testing.RecordingProcessor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder a user uploads ({@code -Ahubspot.projectDir}) and the generated-sources project change
 * only after a compilation that succeeded as a whole: real javac (and ECJ) on real folders, one
 * good build, then a broken one.
 */
class UploadFolderTest {

  private static final String CARD =
      """
      package demo;
      import io.github.hubspotapt.Card;
      @Card(uid = "invoices", name = "%s", location = "crm.record.tab", entrypoint = "/app/cards/Invoices.tsx",
          objectTypes = "contacts")
      public class Invoices {}
      """;

  private static final String CARD_FILE = "src/app/cards/invoices-card-hsmeta.json";
  private static final String RENAMED_CARD_FILE = "src/app/cards/invoices-overview-hsmeta.json";
  private static final List<String> SOURCES =
      List.of("demo/Acme.java", "demo/Invoices.java", "demo/Plain.java");
  private static final String QUIET = "-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE";

  @TempDir Path dir;

  private Path projectDir() {
    return dir.resolve("hubspot");
  }

  /**
   * A good build of the app, a card named "Invoices card" and a plain class; returns the project
   * folder's files.
   */
  private Map<String, String> goodBuild(FileCompiler build, String... options) throws IOException {
    build.write("demo/Acme.java", DemoSources.ACME_FOR_CARDS);
    build.write("demo/Invoices.java", CARD.formatted("Invoices card"));
    build.write(
        "demo/Plain.java", "package demo;\npublic class Plain { int size() { return 1; } }\n");
    FileCompiler.Result result = compile(build, options);
    assertTrue(result.success(), result.diagnostics().toString());
    assertTrue(Files.exists(projectDir().resolve(CARD_FILE)));
    assertTrue(Files.exists(build.project().resolve(CARD_FILE)));
    return files(projectDir());
  }

  /**
   * The build failed with exactly {@code errors}, and left the project folder as it was {@code
   * before}.
   */
  private void assertFailedKeepingTheProjectFolder(
      FileCompiler.Result broken, Map<String, String> before, String... errors) throws IOException {
    assertFalse(broken.success());
    assertEquals(List.of(errors), broken.messages(Diagnostic.Kind.ERROR));
    assertEquals(before, files(projectDir()));
  }

  private FileCompiler.Result compile(FileCompiler build, String... options) {
    return compile(build, List.of(new HubSpotProcessor()), options);
  }

  private FileCompiler.Result compile(
      FileCompiler build, List<? extends Processor> processors, String... options) {
    String[] all = new String[options.length + 2];
    all[0] = QUIET;
    all[1] = "-Ahubspot.projectDir=" + projectDir();
    System.arraycopy(options, 0, all, 2, options.length);
    return build.compile(processors, SOURCES, all);
  }

  @Test
  void aCardWhoseImportIsRemovedKeepsItsFileInBothFolders() throws IOException {
    FileCompiler build = new FileCompiler(dir.resolve("build"));
    Map<String, String> before = goodBuild(build);
    Map<String, String> generatedBefore = files(build.project());

    build.write(
        "demo/Invoices.java",
        CARD.formatted("Invoices card").replace("import io.github.hubspotapt.Card;\n", ""));
    FileCompiler.Result broken = compile(build);

    assertFailedKeepingTheProjectFolder(broken, before, "cannot find symbol\n  symbol: class Card");
    assertEquals(generatedBefore, files(build.project()));
    // Still indexed: an IDE that next recompiles only another class must still see the card.
    assertTrue(
        Files.readString(build.generated().resolve("META-INF/hubspot-apt/annotated-types"))
            .contains("demo.Invoices"));

    build.write("demo/Invoices.java", CARD.formatted("Invoices card"));
    assertTrue(compile(build).success());
    assertEquals(before, files(projectDir()));
  }

  @Test
  void aFieldAnnotationWhoseImportIsMissingLeavesBothFoldersUntouchedAndIsNotChecked()
      throws IOException {
    FileCompiler build = new FileCompiler(dir.resolve("build"));
    Map<String, String> before = goodBuild(build);
    Map<String, String> generatedBefore = files(build.project());

    build.write(
        "demo/Plain.java",
        """
        package demo;
        import io.github.hubspotapt.ActionLabels;
        import io.github.hubspotapt.WorkflowAction;
        @WorkflowAction(uid = "notify", actionUrl = "https://example.com/notify", objectTypes = "CONTACT",
            labels = @ActionLabels(actionName = "Notify"))
        public record Plain(@InputField(label = "Message") String message) {}
        """);
    FileCompiler.Result broken = compile(build);

    assertFailedKeepingTheProjectFolder(
        broken,
        before,
        "cannot find symbol\n  symbol:   class InputField\n  location: class demo.Plain");
    assertTrue(
        broken.diagnostics().stream().noneMatch(d -> d.getMessage(Locale.ROOT).startsWith("[HS-")),
        broken.diagnostics().toString());
    assertEquals(generatedBefore, files(build.project()));
  }

  @Test
  void aTypeErrorInAMethodBodyLeavesTheProjectFolderUntouchedUntilAGoodBuild() throws IOException {
    FileCompiler build = new FileCompiler(dir.resolve("build"));
    Map<String, String> before = goodBuild(build);

    build.write("demo/Invoices.java", CARD.formatted("Invoices overview"));
    build.write(
        "demo/Plain.java",
        "package demo;\npublic class Plain { int size() { return \"one\"; } }\n");
    FileCompiler.Result broken = compile(build);

    assertFailedKeepingTheProjectFolder(
        broken, before, "incompatible types: java.lang.String cannot be converted to int");
    // The Filer has written the renamed card into the generated sources, but the old file is not
    // removed yet.
    assertTrue(Files.exists(build.project().resolve(RENAMED_CARD_FILE)));
    assertTrue(Files.exists(build.project().resolve(CARD_FILE)));

    build.write(
        "demo/Plain.java", "package demo;\npublic class Plain { int size() { return 1; } }\n");
    FileCompiler.Result fixed = compile(build);

    assertTrue(fixed.success(), fixed.diagnostics().toString());
    assertTrue(Files.exists(projectDir().resolve(RENAMED_CARD_FILE)));
    assertFalse(Files.exists(projectDir().resolve(CARD_FILE)));
    assertTrue(Files.exists(build.project().resolve(RENAMED_CARD_FILE)));
    assertFalse(Files.exists(build.project().resolve(CARD_FILE)));
  }

  @Test
  void aTypeThatDoesNotResolveOutsideTheHubSpotClassesLeavesTheProjectFolderUntouched()
      throws IOException {
    FileCompiler build = new FileCompiler(dir.resolve("build"));
    Map<String, String> before = goodBuild(build);

    build.write("demo/Invoices.java", CARD.formatted("Invoices overview"));
    build.write(
        "demo/Plain.java",
        "package demo;\npublic class Plain { java.util.List<Missing> items; }\n");
    FileCompiler.Result broken = compile(build);

    // javac stops right after processing; the processor finds the name that did not resolve.
    assertFailedKeepingTheProjectFolder(
        broken,
        before,
        "cannot find symbol\n  symbol:   class Missing\n  location: class demo.Plain");
    assertTrue(Files.exists(build.project().resolve(CARD_FILE)));
  }

  @Test
  void anErrorOfAnotherProcessorLeavesTheProjectFolderUntouched() throws IOException {
    FileCompiler build = new FileCompiler(dir.resolve("build"));
    Map<String, String> before = goodBuild(build);

    build.write("demo/Invoices.java", CARD.formatted("Invoices overview"));
    FileCompiler.Result broken =
        compile(build, List.of(new FailingProcessor(), new HubSpotProcessor()));

    assertFailedKeepingTheProjectFolder(broken, before, "another processor failed");
  }

  @Test
  void aClassFileAnotherProcessorWritesDoesNotHoldTheProjectFolderBack() throws IOException {
    FileCompiler build = new FileCompiler(dir.resolve("build"));
    goodBuild(build);

    build.write("demo/Invoices.java", CARD.formatted("Invoices overview"));
    FileCompiler.Result built =
        compile(
            build, List.of(new ClassFileProcessor(dir.resolve("made")), new HubSpotProcessor()));

    assertTrue(built.success(), built.diagnostics().toString());
    assertTrue(Files.exists(build.classes().resolve("demo/Made.class")));
    assertTrue(Files.exists(projectDir().resolve(RENAMED_CARD_FILE)));
    assertFalse(Files.exists(projectDir().resolve(CARD_FILE)));
  }

  @Test
  void processingOnlyWritesTheProjectFolder() throws IOException {
    FileCompiler build = new FileCompiler(dir.resolve("build"));
    goodBuild(build);

    build.write("demo/Invoices.java", CARD.formatted("Invoices overview"));
    FileCompiler.Result processed = compile(build, "-proc:only");

    assertTrue(processed.success(), processed.diagnostics().toString());
    assertTrue(Files.exists(projectDir().resolve(RENAMED_CARD_FILE)));
    assertFalse(Files.exists(projectDir().resolve(CARD_FILE)));
    assertFalse(Files.exists(build.project().resolve(CARD_FILE)));
  }

  @Test
  void anEnvironmentWrappedLikeGradlesIsStillHeldBack() throws IOException {
    FileCompiler build = new FileCompiler(dir.resolve("build"));
    Map<String, String> before = goodBuild(build);

    build.write("demo/Invoices.java", CARD.formatted("Invoices overview"));
    build.write(
        "demo/Plain.java",
        "package demo;\npublic class Plain { int size() { return \"one\"; } }\n");
    FileCompiler.Result broken = compile(build, List.of(new RecordingProcessor()));

    assertFalse(broken.success());
    assertEquals(before, files(projectDir()));
    assertTrue(Files.exists(build.project().resolve(CARD_FILE)));

    build.write(
        "demo/Plain.java", "package demo;\npublic class Plain { int size() { return 1; } }\n");
    assertTrue(compile(build, List.of(new RecordingProcessor())).success());
    assertTrue(Files.exists(projectDir().resolve(RENAMED_CARD_FILE)));
    assertFalse(Files.exists(projectDir().resolve(CARD_FILE)));
  }

  @Test
  void underEclipsesCompilerACardWhoseImportIsRemovedKeepsItsFile() throws IOException {
    Path work = dir.resolve("ecj");
    List<String> options = List.of(QUIET, "-Ahubspot.projectDir=" + projectDir());
    EcjCompiler.Result good =
        EcjCompiler.compile(
            work,
            options,
            source("demo.Acme", DemoSources.ACME_FOR_CARDS),
            source("demo.Invoices", CARD.formatted("Invoices card")));
    assertTrue(good.success(), good.toString());
    Map<String, String> before = files(projectDir());
    assertTrue(before.containsKey(CARD_FILE));
    Map<String, String> generatedBefore = files(good.sourceOutput().resolve("hubspot-project"));

    EcjCompiler.Result broken =
        EcjCompiler.compile(
            work,
            options,
            source("demo.Acme", DemoSources.ACME_FOR_CARDS),
            source(
                "demo.Invoices",
                CARD.formatted("Invoices card")
                    .replace("import io.github.hubspotapt.Card;\n", "")));

    assertFalse(broken.success());
    assertTrue(
        broken.diagnostics().stream()
            .anyMatch(d -> d.message().equals("Card cannot be resolved to a type")),
        broken.toString());
    assertEquals(before, files(projectDir()));
    assertEquals(generatedBefore, files(broken.sourceOutput().resolve("hubspot-project")));
  }

  private static JavaFileObject source(String type, String content) {
    return JavaFileObjects.forSourceString(type, content);
  }

  /**
   * Another processor of the same build: supports every annotation and acts once, in its first
   * round.
   */
  private abstract static class FirstRoundProcessor extends AbstractProcessor {

    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        firstRound();
      }
      return false;
    }

    abstract void firstRound();
  }

  /** Reports an error in its first round, as another processor of the same build may. */
  private static final class FailingProcessor extends FirstRoundProcessor {

    @Override
    void firstRound() {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "another processor failed");
    }
  }

  /**
   * Writes a class file in its first round, as bytecode-generating processors do: javac hands its
   * type to the next round as a root element, but never generates it.
   */
  private static final class ClassFileProcessor extends FirstRoundProcessor {

    private final Path work;

    ClassFileProcessor(Path work) {
      this.work = work;
    }

    @Override
    void firstRound() {
      try (OutputStream out =
          processingEnv.getFiler().createClassFile("demo.Made").openOutputStream()) {
        out.write(compiledClass());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private byte[] compiledClass() throws IOException {
      FileCompiler made = new FileCompiler(work);
      made.write("demo/Made.java", "package demo;\npublic class Made {}\n");
      assertTrue(made.compile(List.of(), List.of("demo/Made.java")).success());
      return Files.readAllBytes(made.classes().resolve("demo/Made.class"));
    }
  }
}
