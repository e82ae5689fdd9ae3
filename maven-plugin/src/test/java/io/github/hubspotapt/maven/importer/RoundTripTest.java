package io.github.hubspotapt.maven.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The widest conformance test: every official template and the example app's output is imported,
 * the imported sources are compiled with the processor, and the project it writes is compared with
 * the original, byte for byte. Every difference is in {@code round-trip-differences.txt} with its
 * reason; the test fails on a difference that is not listed, and on a listed one that no longer
 * occurs.
 */
class RoundTripTest {

  private static final Path DIFFERENCES =
      Path.of("src", "test", "resources", "importer", "round-trip-differences.txt");
  private static final Pattern RULE_ID = Pattern.compile("\\[(HS-[A-Z0-9-]+)\\]|(HS-[A-Z0-9-]+)");

  @TempDir Path work;

  @Test
  void everyTemplateComesBackAsItWasOrWithAListedDifference() throws Exception {
    List<String> actual = new ArrayList<>();
    for (RoundTripCases.Case roundTrip : RoundTripCases.all(work.resolve("projects"))) {
      roundTrip(roundTrip).forEach(difference -> actual.add(roundTrip.name() + " | " + difference));
    }
    Map<String, String> listed = listed();
    TreeSet<String> unlisted = new TreeSet<>(actual);
    unlisted.removeAll(listed.keySet());
    TreeSet<String> stale = new TreeSet<>(listed.keySet());
    actual.forEach(stale::remove);
    assertTrue(
        unlisted.isEmpty() && stale.isEmpty(),
        "round-trip differences changed; "
            + DIFFERENCES
            + " lists '<case> | <difference> | <reason>'"
            + System.lineSeparator()
            + "not listed:"
            + System.lineSeparator()
            + String.join(System.lineSeparator(), unlisted)
            + System.lineSeparator()
            + "listed, no longer occurring:"
            + System.lineSeparator()
            + String.join(System.lineSeparator(), stale));
  }

  private List<String> roundTrip(RoundTripCases.Case roundTrip) throws IOException {
    Path root = work.resolve("trips").resolve(roundTrip.name());
    List<String> differences = new ArrayList<>();
    ImportResult result;
    try {
      result =
          new ProjectImport(
                  roundTrip.projectDir(), "com.example.imported", ProfileTarget.ANNOTATIONS)
              .read();
    } catch (ImportException e) {
      return List.of("import failed: " + e.getMessage());
    }
    result
        .findings()
        .forEach(
            f ->
                differences.add(
                    "not imported: "
                        + f.file()
                        + (f.jsonPath().isEmpty() ? "" : " " + f.jsonPath())));
    Path javaDir = root.resolve("src/main/java");
    Path frontendDir = root.resolve("src/main/hubspot");
    try {
      new ImportWriter(javaDir, frontendDir).write(result);
    } catch (ImportException e) {
      return List.of("write failed: " + e.getMessage());
    }
    if (result.sources().isEmpty()) {
      differences.add("nothing to compile");
      return differences;
    }
    Path written = root.resolve("project");
    ProcessorCompiler.Result compiled =
        ProcessorCompiler.compile(
            javaDir,
            result.frontendFiles().isEmpty() ? null : frontendDir,
            written,
            root.resolve("build"));
    if (!compiled.success()) {
      differences.add("does not compile: " + ruleIds(compiled.output()));
      return differences;
    }
    if (!compiled.output().isBlank()) {
      differences.add("compiles with warnings: " + ruleIds(compiled.output()));
    }
    differences.addAll(ProjectDiff.of(roundTrip.projectDir(), written));
    return differences;
  }

  private static String ruleIds(String output) {
    TreeSet<String> ids = new TreeSet<>();
    Matcher matcher = RULE_ID.matcher(output);
    while (matcher.find()) {
      ids.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
    return ids.isEmpty() ? output.strip().lines().findFirst().orElse("") : String.join(", ", ids);
  }

  /** The checked-in list: difference to reason; blank lines and # comments skipped. */
  private static Map<String, String> listed() throws IOException {
    Map<String, String> listed = new LinkedHashMap<>();
    for (String line : Files.readAllLines(DIFFERENCES)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int reason = line.lastIndexOf(" | ");
      if (reason < 0 || line.indexOf(" | ") == reason) {
        throw new AssertionError("not '<case> | <difference> | <reason>': " + line);
      }
      listed.put(line.substring(0, reason), line.substring(reason + 3));
    }
    return listed;
  }
}
