package io.github.hubspotapt.processor;

import static io.github.hubspotapt.processor.testing.FileCompiler.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.processor.cache.ModelCache;
import io.github.hubspotapt.processor.testing.DemoSources;
import io.github.hubspotapt.processor.testing.FileCompiler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many random edits, each compiled incrementally as an IDE does (only the files changed since the
 * last successful compilation), against a clean build of the same sources: the same findings, and
 * byte-identical project files. The edits change values (names, uids, an enum's constants a cached
 * action depends on), add and remove annotations and types, and edit method bodies, which the model
 * cache proves unchanged without reading them ({@link ModelCache#unchanged}).
 */
class IncrementalDifferentialTest {

  private static final String QUIET = "-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE";
  private static final List<String> CARDS =
      List.of("Invoices", "Payments", "Refunds", "Orders", "Quotes");
  private static final List<String> NAMES = List.of("Invoices", "Payments", "Overview", "Totals");
  private static final int STEPS = 30;

  private final Map<String, String> sources = new TreeMap<>();

  /** Per card: its name, uid, whether it carries @Card, and the number its method returns. */
  private final Map<String, CardState> cards = new TreeMap<>();

  private List<String> statuses = List.of("OPEN", "CLOSED");
  private int actionBody = 0;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void incrementalCompilationsReportAndWriteWhatACleanBuildDoes(
      long seed, @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Random random = new Random(seed);
    DemoSources.putAppWithCards(sources);
    for (String card : List.of("Invoices", "Payments", "Refunds")) {
      cards.put(card, new CardState(card + " card", card, true, 0));
      sources.put(path(card), cards.get(card).source(card));
    }
    sources.put("demo/Status.java", status());
    sources.put("demo/CloseTicket.java", action());
    FileCompiler build = FileCompiler.withSources(dir.resolve("incremental"), sources);
    Set<String> dirty = new TreeSet<>(sources.keySet());
    int compared = 0;
    int unchangedModels = 0;
    for (int step = 0; step < STEPS; step++) {
      List<String> edited = edit(random, build);
      dirty.addAll(edited);
      dirty.retainAll(sources.keySet());
      if (dirty.isEmpty()) {
        continue;
      }
      FileCompiler.Result incremental =
          build.compile(List.copyOf(dirty), QUIET, "-Ahubspot.verbose");
      if (incremental.success()) {
        dirty.clear();
      }
      if (!ran(incremental)) {
        continue; // javac runs no processor for sources without a HubSpot annotation
      }
      unchangedModels += notes(incremental, "were left alone");
      FileCompiler clean =
          FileCompiler.withSources(dir.resolve("clean-" + seed + "-" + step), sources);
      FileCompiler.Result expected = clean.compile(List.copyOf(sources.keySet()), QUIET);
      String where = "seed " + seed + ", step " + step + ", edits " + edited;
      assertEquals(expected.success(), incremental.success(), where + ": " + incremental);
      assertEquals(findings(expected), findings(incremental), where);
      if (expected.success()) {
        assertEquals(files(clean.project()), files(build.project()), where);
      }
      compared++;
    }
    assertTrue(compared >= STEPS / 2, "compared only " + compared);
    assertTrue(unchangedModels > 0, "no compilation found its model unchanged");
  }

  /** One to two random edits; returns the paths written. */
  private List<String> edit(Random random, FileCompiler build) {
    List<String> edited = new ArrayList<>();
    int count = 1 + random.nextInt(2);
    for (int i = 0; i < count; i++) {
      String card = CARDS.get(random.nextInt(CARDS.size()));
      CardState state = cards.get(card);
      int kind = random.nextInt(8);
      if (kind == 7) {
        statuses =
            random.nextBoolean() ? List.of("OPEN", "CLOSED", "HELD") : List.of("OPEN", "CLOSED");
        put(build, "demo/Status.java", status(), edited);
      } else if (kind == 6) {
        actionBody++;
        put(build, "demo/CloseTicket.java", action(), edited);
      } else if (state == null) {
        // added: a new card type
        cards.put(card, new CardState(card + " card", card, true, 0));
        put(build, path(card), cards.get(card).source(card), edited);
      } else if (kind == 0 && cards.size() > 1) {
        cards.remove(card);
        sources.remove(path(card));
        build.delete(path(card));
      } else {
        CardState changed =
            switch (kind) {
              case 1 -> state.withName(NAMES.get(random.nextInt(NAMES.size())) + " card");
              case 2 -> state.withUid(CARDS.get(random.nextInt(CARDS.size())));
              case 3 -> state.withAnnotated(!state.annotated());
              default -> state.withBody(state.body() + 1); // a method body: the IDE's usual edit
            };
        cards.put(card, changed);
        put(build, path(card), changed.source(card), edited);
      }
    }
    return edited;
  }

  private void put(FileCompiler build, String path, String source, List<String> edited) {
    sources.put(path, source);
    build.write(path, source);
    edited.add(path);
  }

  private static String path(String card) {
    return "demo/" + card + ".java";
  }

  private String status() {
    return "package demo;\npublic enum Status { " + String.join(", ", statuses) + " }\n";
  }

  private String action() {
    return """
        package demo;
        import io.github.hubspotapt.*;
        @WorkflowAction(uid = "close_ticket", actionUrl = "https://acme.example/actions/close", objectTypes = "CONTACT",
            labels = @ActionLabels(actionName = "Close ticket"))
        public record CloseTicket(@InputField(label = "Status") Status status) {
          int body() { return %d; }
        }
        """
        .formatted(actionBody);
  }

  /** Errors and warnings, by kind and text: a cached type's findings have no source position. */
  private static List<String> findings(FileCompiler.Result result) {
    List<String> findings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : result.diagnostics()) {
      if (d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER) {
        findings.add(d.getKind() + " " + d.getMessage(Locale.ROOT));
      }
    }
    findings.sort(null);
    return findings;
  }

  private static boolean ran(FileCompiler.Result result) {
    return notes(result, " read from " + ModelCache.PATH) > 0;
  }

  private static int notes(FileCompiler.Result result, String containing) {
    int count = 0;
    for (String note : result.messages(Diagnostic.Kind.NOTE)) {
      if (note.contains(containing)) {
        count++;
      }
    }
    return count;
  }

  private record CardState(String name, String uid, boolean annotated, int body) {

    String source(String className) {
      String annotation =
          annotated
              ? "@Card(uid = \"%s\", name = \"%s\", location = \"crm.record.tab\", entrypoint = \"/app/cards/%s.tsx\",\n    objectTypes = \"contacts\")\n"
                  .formatted(uid, name, className)
              : "";
      return "package demo;\nimport io.github.hubspotapt.*;\n"
          + annotation
          + "public class "
          + className
          + " {\n  int body() { return "
          + body
          + "; }\n}\n";
    }

    CardState withName(String name) {
      return new CardState(name, uid, annotated, body);
    }

    CardState withUid(String uid) {
      return new CardState(name, uid, annotated, body);
    }

    CardState withAnnotated(boolean annotated) {
      return new CardState(name, uid, annotated, body);
    }

    CardState withBody(int body) {
      return new CardState(name, uid, annotated, body);
    }
  }
}
