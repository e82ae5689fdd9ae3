package io.github.hubspotapt.processor;

import static io.github.hubspotapt.processor.testing.FileCompiler.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.processor.cache.ModelCache;
import io.github.hubspotapt.processor.testing.FileCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many random edits, each compiled incrementally as an IDE does (only the files changed since the
 * last successful compilation), against a clean build of the same sources: the same findings, and
 * byte-identical project files. The edits change values (names, uids, file names, an enum's
 * constants a cached action depends on, webhook subscriptions), add and remove annotations and
 * types, change the app's {@code @Profile} and the placeholders that use it, add, change and remove
 * front-end files (entrypoints, a hand-written profile), edit method bodies, which the model cache
 * proves unchanged without reading them ({@link ModelCache#unchanged}), and now and then recompile
 * every source into the same folders, as a build tool's full rebuild does. Compilations that change
 * only some types' values, each file keeping its name, decode, check and write only what that
 * reaches ({@code cache.ProjectDelta}): a second run of mostly such edits requires some in each
 * seed.
 */
class IncrementalDifferentialTest {

  private static final List<String> CARDS =
      List.of("Invoices", "Payments", "Refunds", "Orders", "Quotes");
  private static final List<String> NAMES = List.of("Invoices", "Payments", "Overview", "Totals");
  private static final List<String> LOCATIONS =
      List.of("crm.record.tab", "crm.record.sidebar", "crm.preview");

  /** A location HubSpot refuses, put right again in a later edit, each as likely as not. */
  private static final String WRONG_LOCATION = "crm.record.tabs";

  private static final List<String> FILE_NAMES =
      List.of("", "", "billing-card-hsmeta.json", "summary-card-hsmeta.json");
  private static final int STEPS = 40;

  private final Map<String, String> sources = new TreeMap<>();

  /** Per card: its name, uid, whether it carries @Card, and the number its method returns. */
  private final Map<String, CardState> cards = new TreeMap<>();

  private List<String> statuses = List.of("OPEN", "CLOSED");
  private int actionBody = 0;

  /** The value of the app's {@code @Profile} variable LABEL; null: the app has no profile. */
  private String label = "Local";

  /** The webhook handler's subscribed property and method body. */
  private String property = "firstname";

  private int hooksBody = 0;

  /**
   * The property of a subscription on a type of its own, without {@code @WebhookSettings}: the
   * webhooks file, which another type declares, lists it. Never one of {@link #property}'s, which
   * would be a duplicate subscription.
   */
  private String otherProperty = "phone";

  /** The front-end folder's files, by path; every compilation is given the folder. */
  private final Map<String, String> frontend = new TreeMap<>();

  private Path frontendDir;

  /** Every kind of edit ({@link #edit}), each as likely. */
  private static final int[] EVERY_EDIT = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

  /**
   * Mostly edits of values no file name depends on, as an IDE's day mostly is: a card's location
   * (now and then a wrong one), an enum's constants a cached action depends on, a webhook
   * subscription, method bodies; with a card renamed or added, the hand-written profile changed.
   */
  private static final int[] VALUE_EDITS = {4, 5, 4, 5, 4, 5, 6, 7, 13, 13, 1, 12};

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void incrementalCompilationsReportAndWriteWhatACleanBuildDoes(
      long seed, @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    compareEdits(seed, dir, EVERY_EDIT);
  }

  /**
   * Edits of values, which a partial compilation follows type by type ({@code cache.ProjectDelta}),
   * and of method bodies, whose models the cache proves unchanged: some compilations in each seed
   * must do each.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {6, 7, 8})
  void compilationsThatChangeOnlyValuesReportAndWriteWhatACleanBuildDoes(
      long seed, @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    int[] counts = compareEdits(seed, dir, VALUE_EDITS);
    assertTrue(counts[0] > 0, "no compilation found its model unchanged");
    assertTrue(counts[1] >= 3, "only " + counts[1] + " compilations changed only some values");
  }

  /**
   * {@link #STEPS} random edits of the {@code kinds}, each compiled incrementally and compared with
   * a clean build; how many compilations found their model unchanged, and how many changed only
   * some types' features.
   */
  private int[] compareEdits(long seed, Path dir, int[] kinds) throws IOException {
    Random random = new Random(seed);
    frontendDir = dir.resolve("frontend");
    sources.put("demo/Acme.java", app());
    for (String card : List.of("Invoices", "Payments", "Refunds")) {
      cards.put(card, new CardState(card + " card", card, true, 0, "", LOCATIONS.get(0)));
      sources.put(path(card), cards.get(card).source(card));
      frontend.put(entrypoint(card), "export default () => null;\n");
    }
    sources.put("demo/Status.java", status());
    sources.put("demo/CloseTicket.java", action());
    sources.put("demo/Hooks.java", hooks());
    sources.put("demo/OtherHooks.java", otherHooks());
    writeFrontend();
    FileCompiler build = FileCompiler.withSources(dir.resolve("incremental"), sources);
    String frontendOption = "-Ahubspot.frontendDir=" + frontendDir;
    Set<String> dirty = new TreeSet<>(sources.keySet());
    int compared = 0;
    int succeeded = 0;
    int unchangedModels = 0;
    int deltas = 0;
    for (int step = 0; step < STEPS; step++) {
      List<String> edited = edit(random, build, kinds);
      dirty.addAll(edited);
      dirty.retainAll(sources.keySet());
      if (random.nextInt(10) == 0) {
        dirty.addAll(sources.keySet()); // a build tool's full rebuild, into the same folders
      }
      if (dirty.isEmpty()) {
        continue;
      }
      FileCompiler.Result incremental =
          build.compile(List.copyOf(dirty), frontendOption, "-Ahubspot.verbose");
      if (incremental.success()) {
        dirty.clear();
      }
      if (!ran(incremental)) {
        continue; // javac runs no processor for sources without a HubSpot annotation
      }
      unchangedModels += notes(incremental, "were left alone");
      deltas += notes(incremental, "only the features of");
      FileCompiler clean =
          FileCompiler.withSources(dir.resolve("clean-" + seed + "-" + step), sources);
      FileCompiler.Result expected = clean.compile(List.copyOf(sources.keySet()), frontendOption);
      String where = "seed " + seed + ", step " + step + ", edits " + edited;
      assertEquals(expected.success(), incremental.success(), where + ": " + incremental);
      assertEquals(findings(expected), findings(incremental), where);
      if (expected.success()) {
        assertEquals(files(clean.project()), files(build.project()), where);
        succeeded++;
      }
      compared++;
    }
    assertTrue(compared >= STEPS / 2, "compared only " + compared);
    assertTrue(succeeded >= STEPS / 8, "only " + succeeded + " compilations wrote the project");
    return new int[] {unchangedModels, deltas};
  }

  /**
   * One to two random edits; returns the source paths written (a front-end file is not one: it
   * reaches the next compilation of any source).
   */
  private List<String> edit(Random random, FileCompiler build, int[] kinds) {
    List<String> edited = new ArrayList<>();
    for (Map.Entry<String, CardState> card : cards.entrySet()) {
      if (card.getValue().location().equals(WRONG_LOCATION) && random.nextBoolean()) {
        card.setValue(card.getValue().withLocation(LOCATIONS.get(0)));
        put(build, path(card.getKey()), card.getValue().source(card.getKey()), edited);
      }
    }
    int count = 1 + random.nextInt(2);
    for (int i = 0; i < count; i++) {
      String card = CARDS.get(random.nextInt(CARDS.size()));
      CardState state = cards.get(card);
      int kind = kinds[random.nextInt(kinds.length)];
      if (kind >= 8) {
        editMore(kind, random, build, card, edited);
      } else if (kind == 7) {
        statuses =
            random.nextBoolean() ? List.of("OPEN", "CLOSED", "HELD") : List.of("OPEN", "CLOSED");
        put(build, "demo/Status.java", status(), edited);
      } else if (kind == 6) {
        actionBody++;
        put(build, "demo/CloseTicket.java", action(), edited);
      } else if (state == null) {
        // added: a new card type, with its entrypoint
        cards.put(card, new CardState(card + " card", card, true, 0, "", LOCATIONS.get(0)));
        frontend.put(entrypoint(card), "export default () => null;\n");
        writeFrontend();
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
              // A value no file name depends on, a wrong one too: only what it reaches is redone.
              case 4, 5 ->
                  state.withLocation(
                      random.nextInt(6) == 0
                          ? WRONG_LOCATION
                          : LOCATIONS.get(random.nextInt(LOCATIONS.size())));
              default -> state.withBody(state.body() + 1); // a method body: the IDE's usual edit
            };
        cards.put(card, changed);
        put(build, path(card), changed.source(card), edited);
      }
    }
    return edited;
  }

  /**
   * The edits beyond cards' values and bodies: a card's file name or placeholder, the app's
   * profile, the front-end files, the webhook handler.
   */
  private void editMore(
      int kind, Random random, FileCompiler build, String card, List<String> edited) {
    CardState state = cards.get(card);
    switch (kind) {
      case 8 -> {
        if (state != null) {
          CardState changed = state.withFileName(FILE_NAMES.get(random.nextInt(FILE_NAMES.size())));
          cards.put(card, changed);
          put(build, path(card), changed.source(card), edited);
        }
      }
      case 9 -> {
        if (state != null) {
          String name = NAMES.get(random.nextInt(NAMES.size())) + " card";
          CardState changed = state.withName(random.nextBoolean() ? "${LABEL} " + name : name);
          cards.put(card, changed);
          put(build, path(card), changed.source(card), edited);
        }
      }
      case 10 -> {
        label = List.of("Local", "Dev", "").get(random.nextInt(3));
        label = label.isEmpty() ? null : label;
        put(build, "demo/Acme.java", app(), edited);
      }
      case 11, 14 -> {
        // An entrypoint added, changed (in length too: file stamps are size and time) or removed.
        String path = entrypoint(card);
        if (frontend.containsKey(path) && random.nextInt(4) == 0) {
          frontend.remove(path);
        } else {
          frontend.put(
              path, "export default () => " + "null".repeat(1 + random.nextInt(3)) + ";\n");
        }
        writeFrontend();
      }
      case 12, 15 -> {
        // The hand-written profile: absent, with LABEL, or without it.
        switch (random.nextInt(3)) {
          case 0 -> frontend.remove("hsprofile.qa.json");
          case 1 ->
              frontend.put(
                  "hsprofile.qa.json", "{\"accountId\": 7, \"variables\": {\"LABEL\": \"QA\"}}\n");
          default -> frontend.put("hsprofile.qa.json", "{\"accountId\": 7, \"variables\": {}}\n");
        }
        writeFrontend();
      }
      default -> {
        int which = random.nextInt(3);
        if (which == 2) {
          otherProperty = List.of("phone", "city", "jobtitle").get(random.nextInt(3));
          put(build, "demo/OtherHooks.java", otherHooks(), edited);
        } else {
          if (which == 0) {
            hooksBody++;
          } else {
            property = List.of("firstname", "lastname", "email").get(random.nextInt(3));
          }
          put(build, "demo/Hooks.java", hooks(), edited);
        }
      }
    }
  }

  /** The front-end folder as {@link #frontend} has it, files that are no longer there deleted. */
  private void writeFrontend() {
    try {
      if (Files.exists(frontendDir)) {
        try (Stream<Path> files = Files.walk(frontendDir)) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            if (!frontend.containsKey(frontendDir.relativize(file).toString().replace('\\', '/'))) {
              Files.delete(file);
            }
          }
        }
      }
      for (Map.Entry<String, String> file : frontend.entrySet()) {
        Path path = frontendDir.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        if (!Files.exists(path) || !Files.readString(path).equals(file.getValue())) {
          Files.writeString(path, file.getValue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String entrypoint(String card) {
    return "app/cards/" + card + ".tsx";
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

  /** The app, with a profile that sets LABEL where {@link #label} is not null. */
  private String app() {
    String profile =
        label == null
            ? ""
            : "@Profile(name = \"local\", accountId = 123, variables = @Variable(name = \"LABEL\","
                + " value = \"%s\"))\n".formatted(label);
    return """
        package demo;
        import io.github.hubspotapt.*;
        %s@HubSpotApp(uid = "acme", name = "Acme", description = "Acme app.", distribution = Distribution.MARKETPLACE,
            support = @Support(supportEmail = "support@acme.example", supportUrl = "https://acme.example/support"))
        @Auth(type = AuthType.OAUTH, redirectUrls = "https://acme.example/oauth",
            requiredScopes = {"oauth", "crm.objects.contacts.read"})
        public class Acme {}
        """
        .formatted(profile);
  }

  private String hooks() {
    return """
        package demo;
        import io.github.hubspotapt.*;
        @WebhookSettings(targetUrl = "https://acme.example/hooks", maxConcurrentRequests = 10)
        public class Hooks {
          @WebhookSubscription(subscriptionType = "object.propertyChange", objectType = "contact",
              propertyName = "%s")
          public void changed(long objectId) { int body = %d; }
        }
        """
        .formatted(property, hooksBody);
  }

  private String otherHooks() {
    return """
        package demo;
        import io.github.hubspotapt.*;
        public class OtherHooks {
          @WebhookSubscription(subscriptionType = "object.propertyChange", objectType = "contact",
              propertyName = "%s")
          public void changed(long objectId) {}
        }
        """
        .formatted(otherProperty);
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

  private record CardState(
      String name, String uid, boolean annotated, int body, String fileName, String location) {

    String source(String className) {
      String annotation =
          annotated
              ? "@Card(uid = \"%s\", name = \"%s\", location = \"%s\", entrypoint = \"/app/cards/%s.tsx\",\n    objectTypes = \"contacts\"%s)\n"
                  .formatted(
                      uid,
                      name,
                      location,
                      className,
                      fileName.isEmpty() ? "" : ", fileName = \"" + fileName + "\"")
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
      return new CardState(name, uid, annotated, body, fileName, location);
    }

    CardState withUid(String uid) {
      return new CardState(name, uid, annotated, body, fileName, location);
    }

    CardState withAnnotated(boolean annotated) {
      return new CardState(name, uid, annotated, body, fileName, location);
    }

    CardState withBody(int body) {
      return new CardState(name, uid, annotated, body, fileName, location);
    }

    CardState withFileName(String fileName) {
      return new CardState(name, uid, annotated, body, fileName, location);
    }

    CardState withLocation(String location) {
      return new CardState(name, uid, annotated, body, fileName, location);
    }
  }
}
