package io.github.hubspotapt.processor;

import static io.github.hubspotapt.processor.testing.FileCompiler.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.processor.cache.ModelCache;
import io.github.hubspotapt.processor.cache.ProjectResult;
import io.github.hubspotapt.processor.layout.ProjectManifest;
import io.github.hubspotapt.processor.testing.DemoSources;
import io.github.hubspotapt.processor.testing.FileCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partial compilation whose models, options and front-end files are all the previous one's
 * reports the previous findings again and leaves its files alone ({@link ProjectResult}); anything
 * that could make the rules or writers give another result means the full path: a changed model,
 * option, front-end file or written file, or a finding with a place in the sources.
 */
class ProjectResultTest {

  private static final String VERBOSE = "-Ahubspot.verbose";
  private static final String REUSED = "are those of the previous compilation";
  private static final String MCP =
      """
      package demo;
      import io.github.hubspotapt.*;
      @ExperimentalFeature(type = ExperimentalFeatureType.MCP_SERVER, uid = "tools", config = "{}")
      public class Tools {}
      """;

  private final Map<String, String> sources = new TreeMap<>();

  @Test
  void aMethodAddedToACardLeavesEveryFileAloneAndReportsTheSameFindings(@TempDir Path dir)
      throws IOException {
    FileCompiler build = partiallyBuilt(dir);
    List<Path> written = regularFiles(build.generated());
    FileTime longAgo = FileTime.fromMillis(946_684_800_000L);
    for (Path file : written) {
      Files.setLastModifiedTime(file, longAgo);
    }
    FileCompiler.Result before = addMethod(build, "demo/Payments.java", "one");
    // Those stamps are the previous result's now: the compilation above took the full path and kept
    // them.
    assertFalse(text(before).contains(REUSED), text(before));

    FileCompiler.Result again = addMethod(build, "demo/Payments.java", "two");

    assertTrue(again.success(), text(again));
    assertTrue(text(again).contains(REUSED), text(again));
    assertEquals(findings(before), findings(again));
    assertTrue(
        findings(again).stream().anyMatch(f -> f.startsWith("[HS-FRONTEND-NOT-CONFIGURED]")),
        text(again));
    assertEquals(cleanBuild(dir), files(build.project()));
    for (Path file : written) {
      if (!file.endsWith(ModelCache.PATH) && !file.toString().contains("annotated-types")) {
        assertEquals(longAgo, Files.getLastModifiedTime(file), file + " was written again");
      }
    }
  }

  /**
   * A compilation that reports the previous result again without reading a type (a method body
   * edited) writes back, into the model cache in place, only the stamp of the class file it wrote:
   * the cache stays the same size, and the next partial compilation, of another class, serves the
   * edited type from it.
   */
  @Test
  void aReplayWritesBackTheStampsOfTheClassFilesItWrote(@TempDir Path dir) throws IOException {
    FileCompiler build = partiallyBuilt(dir);
    addMethod(build, "demo/Payments.java", "one");
    Path cache = build.generated().resolve(ModelCache.PATH);
    byte[] before = Files.readAllBytes(cache);

    FileCompiler.Result again =
        compile(
            build,
            "demo/Payments.java",
            sources.get("demo/Payments.java").replace("return 1;", "return 2;"));

    assertTrue(text(again).contains(REUSED), text(again));
    byte[] after = Files.readAllBytes(cache);
    assertEquals(before.length, after.length);
    int differing = 0;
    for (int i = 0; i < before.length; i++) {
      differing += before[i] == after[i] ? 0 : 1;
    }
    assertTrue(differing > 0 && differing <= Long.BYTES, differing + " bytes differ");

    FileCompiler.Result other = addMethod(build, "demo/Acme.java", "three");

    assertTrue(text(other).contains(REUSED), text(other));
    assertTrue(text(other).contains(" 3 read from " + ModelCache.PATH), text(other));
    assertEquals(cleanBuild(dir), files(build.project()));
  }

  @Test
  void aChangedAnnotationValueTakesTheFullPath(@TempDir Path dir) throws IOException {
    FileCompiler build = partiallyBuilt(dir);

    FileCompiler.Result changed =
        compile(
            build,
            "demo/Payments.java",
            sources.get("demo/Payments.java").replace("Payments card", "Payouts"));

    assertTrue(changed.success(), text(changed));
    assertFalse(text(changed).contains(REUSED), text(changed));
    assertEquals(cleanBuild(dir), files(build.project()));
  }

  @Test
  void anotherOptionTakesTheFullPath(@TempDir Path dir) {
    FileCompiler build = partiallyBuilt(dir);

    FileCompiler.Result quiet =
        build.compile(
            List.of("demo/Payments.java"),
            VERBOSE,
            "-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE");

    assertTrue(quiet.success(), text(quiet));
    assertFalse(text(quiet).contains(REUSED), text(quiet));
    assertFalse(
        findings(quiet).stream().anyMatch(f -> f.startsWith("[HS-FRONTEND-NOT-CONFIGURED]")),
        text(quiet));
  }

  @Test
  void aGeneratedFileEditedOrDeletedSinceIsWrittenAgain(@TempDir Path dir) throws IOException {
    FileCompiler build = partiallyBuilt(dir);
    Path invoices = build.project().resolve("src/app/cards/invoices-card-hsmeta.json");
    Path refunds = build.project().resolve("src/app/cards/refunds-card-hsmeta.json");
    Files.writeString(invoices, "{}");
    Files.delete(refunds);

    FileCompiler.Result partial = addMethod(build, "demo/Payments.java", "one");

    assertTrue(partial.success(), text(partial));
    assertFalse(text(partial).contains(REUSED), text(partial));
    assertEquals(cleanBuild(dir), files(build.project()));
  }

  /**
   * A file stamped on the epoch (java.io.File's "no file" date) is a file: once deleted, the result
   * no longer holds.
   */
  @Test
  void aGeneratedFileDatedOnTheEpochThenDeletedIsWrittenAgain(@TempDir Path dir)
      throws IOException {
    FileCompiler build = partiallyBuilt(dir);
    Path refunds = build.project().resolve("src/app/cards/refunds-card-hsmeta.json");
    Files.setLastModifiedTime(refunds, FileTime.fromMillis(0));
    assertFalse(text(addMethod(build, "demo/Payments.java", "one")).contains(REUSED));
    FileCompiler.Result kept = addMethod(build, "demo/Payments.java", "two");
    assertTrue(text(kept).contains(REUSED), text(kept));
    Files.delete(refunds);

    FileCompiler.Result partial = addMethod(build, "demo/Payments.java", "three");

    assertTrue(partial.success(), text(partial));
    assertFalse(text(partial).contains(REUSED), text(partial));
    assertEquals(cleanBuild(dir), files(build.project()));
  }

  @Test
  void aFileDeletedFromTheProjectFolderIsWrittenThereAgain(@TempDir Path dir) throws IOException {
    Path upload = dir.resolve("upload");
    String projectDir = "-Ahubspot.projectDir=" + upload;
    FileCompiler build = compileAll(dir, projectDir);
    assertTrue(build.compile(List.of("demo/Acme.java"), VERBOSE, projectDir).success());
    FileCompiler.Result first = addMethod(build, "demo/Payments.java", "one", projectDir);
    assertTrue(text(first).contains(REUSED), text(first));
    Path refunds = upload.resolve("src/app/cards/refunds-card-hsmeta.json");
    String written = Files.readString(refunds);
    Files.delete(refunds);

    FileCompiler.Result partial = addMethod(build, "demo/Payments.java", "two", projectDir);

    assertTrue(partial.success(), text(partial));
    assertFalse(text(partial).contains(REUSED), text(partial));
    assertEquals(written, Files.readString(refunds));
    Map<String, String> uploaded = new TreeMap<>(files(upload));
    uploaded.remove(ProjectManifest.FILE_NAME);
    assertEquals(files(build.project()), uploaded);
  }

  @Test
  void aChangedFrontEndFileTakesTheFullPath(@TempDir Path dir) throws IOException {
    Path frontend = dir.resolve("frontend");
    for (String card : List.of("Invoices", "Payments", "Refunds")) {
      Files.createDirectories(frontend.resolve("app/cards"));
      Files.writeString(
          frontend.resolve("app/cards/" + card + ".tsx"), "export default () => null;\n");
    }
    String frontendDir = "-Ahubspot.frontendDir=" + frontend;
    FileCompiler build = compileAll(dir, frontendDir);
    assertTrue(build.compile(List.of("demo/Acme.java"), VERBOSE, frontendDir).success());
    FileCompiler.Result first = addMethod(build, "demo/Payments.java", "one", frontendDir);
    assertTrue(text(first).contains(REUSED), text(first));
    Files.writeString(
        frontend.resolve("app/cards/Refunds.tsx"), "export default () => 'refunds';\n");

    FileCompiler.Result partial = addMethod(build, "demo/Payments.java", "two", frontendDir);

    assertTrue(partial.success(), text(partial));
    assertFalse(text(partial).contains(REUSED), text(partial));
    assertEquals(
        "export default () => 'refunds';\n",
        Files.readString(build.project().resolve("src/app/cards/Refunds.tsx")));
  }

  /**
   * A finding on an element could be suppressed there since, which no model records: the rules run
   * again.
   */
  @Test
  void aFindingWithAPlaceIsReportedByTheRulesAgainWithItsPosition(@TempDir Path dir) {
    sources.put("demo/Tools.java", MCP);
    FileCompiler build = partiallyBuilt(dir);
    addMethod(build, "demo/Tools.java", "one");

    FileCompiler.Result partial = addMethod(build, "demo/Tools.java", "two");

    assertTrue(partial.success(), text(partial));
    assertFalse(text(partial).contains(REUSED), text(partial));
    List<Diagnostic<? extends JavaFileObject>> warnings =
        partial.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
            .filter(d -> d.getMessage(Locale.ROOT).startsWith("[HS-EXPERIMENTAL-TYPE]"))
            .toList();
    assertEquals(1, warnings.size(), text(partial));
    assertTrue(warnings.get(0).getSource().getName().endsWith("Tools.java"), text(partial));
    assertEquals(3, warnings.get(0).getLineNumber());
  }

  /**
   * The app and three cards, all compiled, then the app alone: the partial compilation keeps models
   * and result.
   */
  private FileCompiler partiallyBuilt(Path dir) {
    FileCompiler build = compileAll(dir);
    FileCompiler.Result partial = build.compile(List.of("demo/Acme.java"), VERBOSE);
    assertTrue(partial.success(), text(partial));
    assertFalse(text(partial).contains(REUSED), text(partial));
    return build;
  }

  private FileCompiler compileAll(Path dir, String... options) {
    DemoSources.putAppWithCards(sources);
    FileCompiler build = FileCompiler.withSources(dir.resolve("incremental"), sources);
    FileCompiler.Result result = build.compile(List.copyOf(sources.keySet()), options);
    assertTrue(result.success(), text(result));
    return build;
  }

  /**
   * Adds a method to the class in {@code path} and compiles it alone, as an IDE does after such an
   * edit.
   */
  private FileCompiler.Result addMethod(
      FileCompiler build, String path, String name, String... options) {
    String source = sources.get(path);
    int end = source.lastIndexOf('}');
    return compile(
        build, path, source.substring(0, end) + "  int " + name + "() { return 1; }\n}\n", options);
  }

  private FileCompiler.Result compile(
      FileCompiler build, String path, String source, String... options) {
    sources.put(path, source);
    build.write(path, source);
    List<String> all = new ArrayList<>(List.of(VERBOSE));
    all.addAll(List.of(options));
    return build.compile(List.of(path), all.toArray(String[]::new));
  }

  /** Everything javac reported, notes included. */
  private static String text(FileCompiler.Result result) {
    return result.diagnostics().toString();
  }

  /** The processor's findings, in order, without the notes of -Ahubspot.verbose. */
  private static List<String> findings(FileCompiler.Result result) {
    return result.diagnostics().stream()
        .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
        .map(text -> text.substring(text.indexOf(' ') + 1))
        .filter(text -> text.startsWith("[HS-"))
        .toList();
  }

  private Map<String, String> cleanBuild(Path dir) throws IOException {
    FileCompiler clean =
        FileCompiler.withSources(dir.resolve("clean-" + System.nanoTime()), sources);
    FileCompiler.Result result = clean.compile(List.copyOf(sources.keySet()));
    assertTrue(result.success(), text(result));
    return files(clean.project());
  }

  private static List<Path> regularFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }
}
