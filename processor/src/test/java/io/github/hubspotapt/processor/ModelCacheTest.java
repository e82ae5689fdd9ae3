package io.github.hubspotapt.processor;

import static io.github.hubspotapt.processor.testing.FileCompiler.files;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.linked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.processor.cache.ModelCache;
import io.github.hubspotapt.processor.testing.DemoSources;
import io.github.hubspotapt.processor.testing.FileCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model cache ({@link ModelCache}): a partial compilation that takes the types it does not
 * compile from the cache writes exactly the files a clean build of the same sources writes, and
 * never serves a type whose class file, or a type its values depend on, changed or disappeared.
 */
class ModelCacheTest {

  private static final String QUIET = "-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE";
  private static final String VERBOSE = "-Ahubspot.verbose";

  private static final String STATUS =
      """
      package demo;
      public enum Status { OPEN, CLOSED }
      """;

  private static final String ACTION =
      """
      package demo;
      import io.github.hubspotapt.*;
      @WorkflowAction(uid = "close_ticket", actionUrl = "https://acme.example/actions/close", objectTypes = "CONTACT",
          labels = @ActionLabels(actionName = "Close ticket"))
      public record CloseTicket(@InputField(label = "Status") Status status) {}
      """;

  /** The sources of the current state, by path under src/, and how each build compiles them. */
  private final Map<String, String> sources = new TreeMap<>();

  @Test
  void oneChangedCardIsReadAndTheOthersComeFromTheCache(@TempDir Path dir) throws IOException {
    FileCompiler build = fullBuild(dir);

    FileCompiler.Result partial =
        change(build, "demo/Payments.java", card -> card.replace("Payments card", "Payouts"));

    assertEquals(3, servedFromCache(partial), partial.diagnostics().toString());
    assertEquals(cleanBuild(dir), files(build.project()));
  }

  @Test
  void aCachedTypeWhoseClassFileChangedInACompilationWithoutTheProcessorIsReadAgain(
      @TempDir Path dir) throws IOException {
    FileCompiler build = fullBuild(dir);
    put(build, "demo/Invoices.java", card -> card.replace("Invoices card", "Invoices overview"));
    assertTrue(build.compile(List.of(), List.of("demo/Invoices.java"), "-proc:none").success());

    FileCompiler.Result partial =
        change(build, "demo/Payments.java", card -> card.replace("Payments card", "Payouts"));

    assertEquals(2, servedFromCache(partial));
    assertEquals(cleanBuild(dir), files(build.project()));
    assertTrue(files(build.project()).containsKey("src/app/cards/invoices-overview-hsmeta.json"));
  }

  @Test
  void aTypeProcessedWithoutItsClassFileBeingWrittenIsNotKept(@TempDir Path dir) {
    FileCompiler build = fullBuild(dir);
    put(build, "demo/Invoices.java", card -> card.replace("Invoices card", "Invoices overview"));
    // -proc:only leaves the older class file in place: what was read from the source does not
    // describe it.
    assertTrue(build.compile(List.of("demo/Invoices.java"), QUIET, "-proc:only").success());

    FileCompiler.Result partial =
        change(build, "demo/Payments.java", card -> card.replace("Payments card", "Payouts"));

    assertEquals(2, servedFromCache(partial), partial.diagnostics().toString());
  }

  /**
   * Profiles are the app type's: a compilation that takes the app from the cache still has them.
   */
  @Test
  void theAppsProfilesComeFromTheCacheWithTheApp(@TempDir Path dir) throws IOException {
    sources.put(
        "demo/Acme.java",
        DemoSources.ACME_FOR_CARDS.replace(
            "@HubSpotApp(",
            "@Profile(name = \"local\", accountId = 123, variables = @Variable(name = \"LABEL\", value = \"Local\"))\n"
                + "@HubSpotApp("));
    sources.put(
        "demo/Invoices.java",
        DemoSources.card("Invoices").replace("Invoices card", "${LABEL} invoices"));
    FileCompiler build = fullBuild(dir);

    FileCompiler.Result partial =
        change(build, "demo/Payments.java", card -> card.replace("Payments card", "Payouts"));

    assertTrue(partial.success(), partial.diagnostics().toString());
    assertEquals(3, servedFromCache(partial), partial.diagnostics().toString());
    assertEquals(cleanBuild(dir), files(build.project()));
    assertTrue(
        Files.readString(build.project().resolve("src/hsprofile.local.json"))
            .contains("\"LABEL\": \"Local\""));
  }

  /**
   * A placeholder in a type taken from the cache is still checked against the profiles: its model
   * tells it has one, so the compilation does not take the project for one without placeholders.
   */
  @Test
  void aPlaceholderInACachedTypeIsStillCheckedAgainstTheProfiles(@TempDir Path dir) {
    sources.put(
        "demo/Acme.java",
        DemoSources.ACME_FOR_CARDS.replace(
            "@HubSpotApp(",
            "@Profile(name = \"local\", accountId = 123, variables = @Variable(name = \"LABEL\", value = \"Local\"))\n"
                + "@HubSpotApp("));
    sources.put(
        "demo/Invoices.java",
        DemoSources.card("Invoices").replace("Invoices card", "${LABEL} invoices"));
    FileCompiler build = fullBuild(dir);

    FileCompiler.Result partial =
        change(build, "demo/Acme.java", app -> app.replace("name = \"LABEL\"", "name = \"TITLE\""));

    assertEquals(3, servedFromCache(partial), partial.diagnostics().toString());
    assertEquals(
        List.of(
            linked(
                "[HS-PROFILE-VARIABLE] in profile \"local\": Missing value for LABEL in"
                    + " hsprofile.local.json. Add LABEL to your profile variables.")),
        partial.messages(Diagnostic.Kind.ERROR));
  }

  @Test
  void aUidRenamedInOneCompilationReachesTheNext(@TempDir Path dir) throws IOException {
    FileCompiler build = fullBuild(dir);
    change(
        build, "demo/Invoices.java", card -> card.replace("uid = \"Invoices\"", "uid = \"Bills\""));

    FileCompiler.Result partial =
        change(build, "demo/Payments.java", card -> card.replace("Payments card", "Payouts"));

    assertEquals(3, servedFromCache(partial));
    assertEquals(cleanBuild(dir), files(build.project()));
    assertTrue(
        build.project().resolve("src/app/cards/invoices-card-hsmeta.json").toFile().exists());
    assertTrue(
        Files.readString(build.project().resolve("src/app/cards/invoices-card-hsmeta.json"))
            .contains("\"uid\": \"Bills\""));
  }

  @Test
  void aDeletedTypeIsNotServed(@TempDir Path dir) throws IOException {
    FileCompiler build = fullBuild(dir);
    build.delete("demo/Refunds.java");
    sources.remove("demo/Refunds.java");

    FileCompiler.Result partial =
        change(build, "demo/Payments.java", card -> card.replace("Payments card", "Payouts"));

    assertEquals(2, servedFromCache(partial));
    assertEquals(cleanBuild(dir), files(build.project()));
    assertFalse(files(build.project()).containsKey("src/app/cards/refunds-card-hsmeta.json"));
  }

  @Test
  void aNewEnumConstantReachesTheCachedActionWhoseInputItIs(@TempDir Path dir) throws IOException {
    sources.put("demo/Status.java", STATUS);
    sources.put("demo/CloseTicket.java", ACTION);
    FileCompiler build = fullBuild(dir);
    // Without a HubSpot annotation in the compilation, javac does not run the processor.
    change(build, "demo/Status.java", status -> status.replace("CLOSED", "CLOSED, HELD"));

    FileCompiler.Result partial =
        change(build, "demo/Payments.java", card -> card.replace("Payments card", "Payouts"));

    assertEquals(3, servedFromCache(partial), partial.diagnostics().toString());
    assertEquals(cleanBuild(dir), files(build.project()));
    String action =
        Files.readString(
            build.project().resolve("src/app/workflow-actions/close-ticket-hsmeta.json"));
    assertTrue(action.contains("HELD"), action);
  }

  /**
   * A partial compilation that changes only a card's values runs the rules that read cards and
   * renders the card's file; the workflow action's rules and the other files are left as the
   * previous compilation left them ({@code cache.ProjectDelta}). A card value the card rules refuse
   * is still an error, at its value.
   */
  @Test
  void aChangedCardChecksAndWritesOnlyWhatItReaches(@TempDir Path dir) throws IOException {
    sources.put("demo/Status.java", STATUS);
    sources.put("demo/CloseTicket.java", ACTION);
    FileCompiler build = fullBuild(dir);

    FileCompiler.Result described =
        change(
            build,
            "demo/Payments.java",
            card ->
                card.replace(
                    "name = \"Payments card\"",
                    "name = \"Payments card\", description = \"Paid and pending\""));

    assertTrue(described.success(), described.diagnostics().toString());
    assertEquals(
        List.of(
            "hubspot-apt: only the features of [CARD] changed since the previous compilation: the"
                + " rules of [PROJECT, EVERY_COMPONENT, CARD_LOCATION, OBJECT_TYPES, PREVIEW_IMAGE,"
                + " ENTRYPOINTS, DISTRIBUTION] ran, no other group of rules reaching them or having"
                + " reported anything before",
            "hubspot-apt: 3 of the 4 types kept from the previous compilation were not decoded, the"
                + " change reaching none of their features",
            "hubspot-apt: 5 of the project's 6 files are left as the previous compilation wrote"
                + " them"),
        described.messages(Diagnostic.Kind.NOTE).stream()
            .filter(
                note ->
                    note.contains("only the features of")
                        || note.contains("not decoded")
                        || note.contains(" left as "))
            .toList());
    assertEquals(cleanBuild(dir), files(build.project()));

    FileCompiler.Result misplaced =
        change(
            build,
            "demo/Payments.java",
            card -> card.replace("\"crm.record.tab\"", "\"crm.record.tabs\""));

    assertFalse(misplaced.success());
    List<Diagnostic<?>> errors =
        misplaced.diagnostics().stream()
            .<Diagnostic<?>>map(d -> d)
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .toList();
    assertEquals(1, errors.size(), misplaced.diagnostics().toString());
    Diagnostic<?> error = errors.get(0);
    assertTrue(error.getMessage(Locale.ROOT).startsWith("[HS-CARD-LOCATION] "), error.toString());
    String line = sources.get("demo/Payments.java").lines().toList().get(2);
    assertEquals(3, error.getLineNumber());
    assertEquals(line.indexOf("\"crm.record.tabs\"") + 1, error.getColumnNumber());
  }

  /**
   * A front-end rule's finding (here: no front-end folder configured, while cards have entrypoints)
   * is reported again by each compilation that follows a changed card type by type, where the
   * front-end rules do not run, and kept for the next.
   */
  @Test
  void aFrontEndFindingIsReportedAgainWhereItsRulesDoNotRun(@TempDir Path dir) throws IOException {
    DemoSources.putAppWithCards(sources);
    FileCompiler build = FileCompiler.withSources(dir.resolve("incremental"), sources);
    FileCompiler.Result full = build.compile(List.copyOf(sources.keySet()), VERBOSE);
    assertEquals(1, frontendNotConfigured(full), full.diagnostics().toString());

    for (String description : List.of("Paid", "Paid and pending")) {
      put(
          build,
          "demo/Payments.java",
          card ->
              card.replaceAll(
                  "name = \"Payments card\"(, description = \"[^\"]*\")?",
                  "name = \"Payments card\", description = \"" + description + "\""));
      FileCompiler.Result described = build.compile(List.of("demo/Payments.java"), VERBOSE);

      assertTrue(described.success(), described.diagnostics().toString());
      assertEquals(1, notes(described, "only the features of [CARD]"), description);
      assertEquals(1, frontendNotConfigured(described), described.diagnostics().toString());
    }
    assertEquals(cleanBuild(dir), files(build.project()));
  }

  private static long frontendNotConfigured(FileCompiler.Result result) {
    return result.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith("[HS-FRONTEND-NOT-CONFIGURED] "))
        .count();
  }

  private static long notes(FileCompiler.Result result, String text) {
    return result.messages(Diagnostic.Kind.NOTE).stream().filter(n -> n.contains(text)).count();
  }

  /**
   * An app scope on the project's app object is checked against the app objects, which a changed
   * subscription's compilation decodes for that ({@code rules.RuleGroup#across}), though no rule of
   * webhooks reads them: the scope stays known, as in a clean build.
   */
  @Test
  void aChangedSubscriptionLooksUpTheAppObjectsAnAppScopeNames(@TempDir Path dir)
      throws IOException {
    // App objects need an OAuth marketplace app.
    sources.put(
        "demo/Acme.java",
        """
        package demo;
        import io.github.hubspotapt.*;
        @HubSpotApp(uid = "acme", name = "Acme", description = "Acme app.",
            distribution = Distribution.MARKETPLACE)
        @Auth(type = AuthType.OAUTH, redirectUrls = "https://acme.example/oauth/callback",
            requiredScopes = {"oauth", "crm.objects.contacts.read", "crm.app.objects.car.read"})
        public class Acme {}
        """);
    sources.put(
        "demo/Car.java",
        """
        package demo;
        import io.github.hubspotapt.*;
        @AppObject(uid = "car", name = "CAR", description = "Cars.", singularForm = "Car",
            pluralForm = "Cars", primaryDisplayLabelProperty = "model")
        public record Car(String model) {}
        """);
    sources.put(
        "demo/Hooks.java",
        """
        package demo;
        import io.github.hubspotapt.*;
        @WebhookSettings(targetUrl = "https://acme.example/hooks", maxConcurrentRequests = 10)
        public class Hooks {
          @WebhookSubscription(subscriptionType = "object.propertyChange", objectType = "contact",
              propertyName = "firstname")
          public void changed(long objectId) {}
        }
        """);
    FileCompiler build = fullBuild(dir);

    FileCompiler.Result changed =
        change(build, "demo/Hooks.java", hooks -> hooks.replace("firstname", "lastname"));

    assertTrue(changed.success(), changed.diagnostics().toString());
    assertEquals(1, notes(changed, "only the features of [WEBHOOKS]"), changed.toString());
    assertEquals(List.of(), changed.messages(Diagnostic.Kind.WARNING));
    assertEquals(cleanBuild(dir), files(build.project()));
  }

  /**
   * A kept card's values each keep a place of their own: where a profile leaves the card's name a
   * placeholder, a finding on its uid is still found in that profile, so it is reported as a clean
   * build reports it (once for all profiles, not "in profile ..."). A kept value's origin has no
   * annotation value to tell it from the name's.
   */
  @Test
  void aFindingOnAKeptCardIsNotTakenForItsPlaceholder(@TempDir Path dir) throws IOException {
    String app =
        """
        package demo;
        import io.github.hubspotapt.*;
        @Profile(name = "local", accountId = 123, variables = @Variable(name = "LABEL", value = "Local"))
        %s@HubSpotApp(uid = "acme", name = "Acme", description = "Acme app.", distribution = Distribution.PRIVATE)
        @Auth(type = AuthType.STATIC, requiredScopes = {"oauth", "crm.objects.contacts.read"})
        public class Acme {}
        """;
    sources.put("demo/Acme.java", app.formatted(""));
    sources.put(
        "demo/Orders.java",
        DemoSources.card("Orders").replace("name = \"Orders card\"", "name = \"${LABEL} Orders\""));
    FileCompiler build = fullBuild(dir);
    put(build, "demo/Acme.java", acme -> app.formatted("@Profile(name = \"qa\", accountId = 7)\n"));
    put(build, "demo/Refunds.java", card -> card.replace("uid = \"Refunds\"", "uid = \"Orders\""));

    FileCompiler.Result partial =
        build.compile(List.of("demo/Acme.java", "demo/Refunds.java"), QUIET, VERBOSE);

    assertEquals(
        3, servedFromCache(partial), partial.diagnostics().toString()); // Orders among them
    FileCompiler clean =
        FileCompiler.withSources(dir.resolve("clean-" + System.nanoTime()), sources);
    FileCompiler.Result expected = clean.compile(List.copyOf(sources.keySet()), QUIET);
    assertEquals(errors(expected), errors(partial));
    assertEquals(
        2, errors(partial).stream().filter(e -> e.startsWith("[HS-UID-DUPLICATE] uid")).count());
  }

  private static List<String> errors(FileCompiler.Result result) {
    return result.messages(Diagnostic.Kind.ERROR).stream().sorted().toList();
  }

  /**
   * The folder the team uploads from ({@code -Ahubspot.projectDir}) gets the changed card's file,
   * and keeps the others, as a clean build writes them.
   */
  @Test
  void aChangedCardReachesTheUploadFolder(@TempDir Path dir) throws IOException {
    DemoSources.putAppWithCards(sources);
    String upload = "-Ahubspot.projectDir=" + dir.resolve("upload");
    FileCompiler build = FileCompiler.withSources(dir.resolve("incremental"), sources);
    assertTrue(build.compile(List.copyOf(sources.keySet()), QUIET, VERBOSE, upload).success());
    put(
        build,
        "demo/Payments.java",
        card ->
            card.replace(
                "name = \"Payments card\"", "name = \"Payments card\", description = \"Paid\""));

    FileCompiler.Result described =
        build.compile(List.of("demo/Payments.java"), QUIET, VERBOSE, upload);

    assertTrue(described.success(), described.diagnostics().toString());
    assertTrue(
        described
            .messages(Diagnostic.Kind.NOTE)
            .contains(
                "hubspot-apt: 4 of the project's 5 files are left as the previous compilation wrote them"),
        described.diagnostics().toString());
    Map<String, String> expected = cleanBuild(dir);
    Map<String, String> uploaded = files(dir.resolve("upload"));
    uploaded.keySet().removeIf(path -> !expected.containsKey(path)); // the folder's manifest
    assertEquals(expected, uploaded);
  }

  @Test
  void aUidTakenByACachedTypeIsStillAnErrorOnTheCompiledValue(@TempDir Path dir)
      throws IOException {
    FileCompiler build = fullBuild(dir);

    FileCompiler.Result partial =
        change(
            build,
            "demo/Payments.java",
            card -> card.replace("uid = \"Payments\"", "uid = \"Invoices\""));

    assertFalse(partial.success());
    List<Diagnostic<?>> onPayments =
        partial.diagnostics().stream()
            .filter(
                d ->
                    d.getKind() == Diagnostic.Kind.ERROR
                        && d.getMessage(Locale.ROOT).startsWith("[HS-UID-DUPLICATE]"))
            .filter(d -> d.getSource() != null && d.getSource().getName().endsWith("Payments.java"))
            .<Diagnostic<?>>map(d -> d)
            .toList();
    assertEquals(1, onPayments.size(), partial.diagnostics().toString());
    assertEquals(3, onPayments.get(0).getLineNumber());
    assertTrue(
        onPayments.get(0).getMessage(Locale.ROOT).contains("demo.Invoices"), onPayments.toString());
  }

  @Test
  void onlyTheFileOfTheChangedCardIsWritten(@TempDir Path dir) throws IOException {
    FileCompiler build = fullBuild(dir);
    FileTime longAgo = FileTime.fromMillis(946_684_800_000L);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(build.generated())) {
      files = walk.filter(Files::isRegularFile).filter(f -> !f.endsWith(ModelCache.PATH)).toList();
    }
    for (Path file : files) {
      Files.setLastModifiedTime(file, longAgo);
    }

    change(build, "demo/Payments.java", card -> card.replace("Payments card", "Payments overview"));

    Path payments = build.project().resolve("src/app/cards/payments-overview-hsmeta.json");
    assertTrue(Files.getLastModifiedTime(payments).compareTo(longAgo) > 0);
    List<String> rewritten =
        files.stream()
            .filter(f -> Files.exists(f))
            .filter(
                f -> {
                  try {
                    return !Files.getLastModifiedTime(f).equals(longAgo);
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                })
            .map(f -> build.generated().relativize(f).toString())
            .toList();
    // The list of generated files changes with the card's file name; nothing else does.
    assertEquals(List.of("META-INF/hubspot-apt/generated-files"), rewritten);
  }

  static Stream<Arguments> damagedCaches() {
    return Stream.of(
        Arguments.of("empty", (UnaryOperator<byte[]>) cache -> new byte[0]),
        Arguments.of(
            "foreign text",
            (UnaryOperator<byte[]>) cache -> "not a cache\n".getBytes(StandardCharsets.UTF_8)),
        Arguments.of(
            "truncated", (UnaryOperator<byte[]>) cache -> Arrays.copyOf(cache, cache.length / 2)),
        Arguments.of(
            "bytes flipped in the models",
            (UnaryOperator<byte[]>)
                cache -> {
                  byte[] damaged = cache.clone();
                  for (int i = damaged.length / 2; i < damaged.length; i += 7) {
                    damaged[i] = (byte) ~damaged[i];
                  }
                  return damaged;
                }),
        Arguments.of(
            "a class name outside the model",
            (UnaryOperator<byte[]>)
                cache ->
                    new String(cache, StandardCharsets.ISO_8859_1)
                        .replace("processor.model.Card", "processor.xxxxx.Card")
                        .getBytes(StandardCharsets.ISO_8859_1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damagedCaches")
  void aDamagedOrForeignCacheIsIgnored(String what, UnaryOperator<byte[]> damage, @TempDir Path dir)
      throws IOException {
    FileCompiler build = fullBuild(dir);
    Path cache = build.generated().resolve(ModelCache.PATH);
    Files.write(cache, damage.apply(Files.readAllBytes(cache)));

    FileCompiler.Result partial =
        change(build, "demo/Payments.java", card -> card.replace("Payments card", "Payouts"));

    assertTrue(partial.success(), partial.diagnostics().toString());
    assertFalse(
        partial.diagnostics().stream()
            .anyMatch(
                d ->
                    d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING),
        partial.diagnostics().toString());
    assertEquals(cleanBuild(dir), files(build.project()));
  }

  @Test
  void aFullBuildKeepsTheModelsBesideTheGeneratedSourcesForTheFirstPartialCompilation(
      @TempDir Path dir) {
    FileCompiler build = compileAll(dir);
    assertTrue(Files.isRegularFile(build.generated().resolve(ModelCache.PATH)));
    assertFalse(Files.exists(build.classes().resolve("META-INF")));

    FileCompiler.Result partial = build.compile(List.of("demo/Acme.java"), QUIET, VERBOSE);

    assertTrue(partial.success(), partial.diagnostics().toString());
    assertEquals(3, servedFromCache(partial), partial.diagnostics().toString());
  }

  /**
   * Inside Maven, which compiles the whole module on any change, a full build keeps no models: none
   * would be read, and the maven-source-plugin would package them into the sources jar.
   */
  @Test
  void aFullBuildInsideMavenKeepsNoModels(@TempDir Path dir) {
    String mavenHome = System.getProperty("maven.home");
    System.setProperty("maven.home", dir.toString());
    try {
      FileCompiler build = compileAll(dir);
      assertFalse(Files.exists(build.generated().resolve(ModelCache.PATH)));

      FileCompiler.Result partial = build.compile(List.of("demo/Acme.java"), QUIET, VERBOSE);

      assertTrue(partial.success(), partial.diagnostics().toString());
      assertEquals(0, servedFromCache(partial), partial.diagnostics().toString());
      assertTrue(Files.isRegularFile(build.generated().resolve(ModelCache.PATH)));
    } finally {
      if (mavenHome == null) {
        System.clearProperty("maven.home");
      } else {
        System.setProperty("maven.home", mavenHome);
      }
    }
  }

  /**
   * The app and three cards (plus what a test added to {@link #sources}), all compiled, then the
   * app alone, which takes every other type from the models the full build kept.
   */
  private FileCompiler fullBuild(Path dir) {
    FileCompiler build = compileAll(dir);
    FileCompiler.Result partial = build.compile(List.of("demo/Acme.java"), QUIET, VERBOSE);
    assertEquals(
        annotatedTypes(partial) - 1, servedFromCache(partial), partial.diagnostics().toString());
    return build;
  }

  private FileCompiler compileAll(Path dir) {
    DemoSources.putAppWithCards(sources);
    FileCompiler build = FileCompiler.withSources(dir.resolve("incremental"), sources);
    FileCompiler.Result result = build.compile(List.copyOf(sources.keySet()), QUIET);
    assertTrue(result.success(), result.diagnostics().toString());
    return build;
  }

  /** Changes one source and compiles it alone, as an IDE does. */
  private FileCompiler.Result change(FileCompiler build, String path, UnaryOperator<String> edit) {
    put(build, path, edit);
    return build.compile(List.of(path), QUIET, VERBOSE);
  }

  private void put(FileCompiler build, String path, UnaryOperator<String> edit) {
    sources.put(path, edit.apply(sources.get(path)));
    build.write(path, sources.get(path));
  }

  /** The project a clean build of the current sources writes. */
  private Map<String, String> cleanBuild(Path dir) throws IOException {
    FileCompiler clean =
        FileCompiler.withSources(dir.resolve("clean-" + System.nanoTime()), sources);
    FileCompiler.Result result = clean.compile(List.copyOf(sources.keySet()), QUIET);
    assertTrue(result.success(), result.diagnostics().toString());
    return files(clean.project());
  }

  /** How many types the processor's note says came from the cache. */
  private static int servedFromCache(FileCompiler.Result result) {
    String note = timesNote(result);
    String before = note.substring(0, note.indexOf(" read from " + ModelCache.PATH));
    return Integer.parseInt(before.substring(before.lastIndexOf(' ') + 1));
  }

  /** How many annotated types the processor's note counts, those from the cache included. */
  private static int annotatedTypes(FileCompiler.Result result) {
    String note = timesNote(result);
    String before = note.substring(0, note.indexOf(" annotated types, "));
    return Integer.parseInt(before.substring(before.lastIndexOf(' ') + 1));
  }

  private static String timesNote(FileCompiler.Result result) {
    return result.messages(Diagnostic.Kind.NOTE).stream()
        .filter(message -> message.contains(" read from " + ModelCache.PATH))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no processor note in " + result.diagnostics()));
  }
}
