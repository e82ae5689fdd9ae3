import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What hubspot-apt costs javac, and how that cost scales (issue #7).
 *
 * <p>Generates synthetic projects of several sizes and compiles each one in a fresh, forked {@code javac} process per
 * run, in three configurations: {@code -proc:none} (the baseline), a no-op processor on the same annotations (javac's
 * own annotation-processing machinery, to tell it apart from hubspot-apt's work) and hubspot-apt with
 * {@code -Ahubspot.verbose} (which prints the processor's own time). Each run is wrapped in GNU {@code time -v} for
 * the peak resident set size of the javac JVM and its CPU time. Runs are interleaved (rotating the order every
 * repetition) so that drift of the machine hits all configurations alike; medians are reported.
 *
 * <p>Run through {@code bench/run.sh}, or directly on JDK 17+:
 * {@code java bench/src/Benchmark.java --annotations A.jar --processor P.jar [options]}. {@code --help} lists options.
 */
public final class Benchmark {

  // ------------------------------------------------------------------------------------------------------------
  // What is generated. Extension point: a new component kind is one more constant with its own generator, and a
  // size says how many of each kind it holds (see SIZES).
  // ------------------------------------------------------------------------------------------------------------

  /**
   * The kinds of HubSpot component the benchmark can generate, one generator each: the source of component number
   * {@code n} (one class), the project files the processor writes for {@code count} of them, HubSpot's internal type
   * name of those files (as HubSpot's parser counts them), and what the app needs for them (distribution, scopes).
   */
  enum ComponentKind {
    /** {@code @Card}: one {@code src/app/cards/card-<n>-hsmeta.json} each. */
    CARD("Card", "card", "cards", "CARD", false, "crm.objects.contacts.read") {
      @Override
      String source(String pkg, int n) {
        return "package " + pkg + ";\n\n"
            + "import io.github.hubspotapt.Card;\n\n"
            + "@Card(uid = \"card_" + n + "\", name = \"Card " + n + "\", location = \"crm.record.tab\",\n"
            + "    entrypoint = \"/app/cards/Card" + n + ".tsx\", objectTypes = \"contacts\")\n"
            + "public final class Card" + n + " {}\n";
      }

      @Override
      String file(int n) {
        return "src/app/cards/card-" + n + "-hsmeta.json";
      }
    },

    /**
     * {@code @WorkflowAction} on a record whose 10 components are {@code @InputField}s (string, textarea, date,
     * datetime, two numbers, bool, an enumeration, a multi-select enumeration, a string that may come from a record
     * property), on CONTACT, COMPANY, DEAL or TICKET in turn: one
     * {@code src/app/workflow-actions/schedule-follow-up-<n>-hsmeta.json} each (named after the {@code en} action name).
     */
    WORKFLOW_ACTION("FollowUpAction", "workflow action", "workflow actions", "WORKFLOW_ACTION", false,
        "crm.objects.contacts.read", "crm.objects.companies.read", "crm.objects.deals.read", "tickets") {
      @Override
      String source(String pkg, int n) {
        String[] object = ACTION_OBJECTS[(n - 1) % ACTION_OBJECTS.length];
        return """
            package %1$s;

            import io.github.hubspotapt.ActionLabels;
            import io.github.hubspotapt.InputField;
            import io.github.hubspotapt.ValueType;
            import io.github.hubspotapt.WorkflowAction;
            import java.math.BigDecimal;
            import java.time.DayOfWeek;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.util.Set;

            /** Workflow action %2$d of the benchmark: its 10 components are the action's input fields. */
            @WorkflowAction(
                uid = "follow_up_action_%2$d",
                actionUrl = "https://bench-app.example/hubspot/actions/follow-up-%2$d",
                published = true,
                objectTypes = "%3$s",
                objectRequestProperties = {%4$s},
                labels = @ActionLabels(
                    actionName = "Schedule follow-up %2$d",
                    actionDescription = "Creates follow-up task %2$d for the enrolled %5$s.",
                    actionCardContent = "Follow up on {{dueDate}}: {{title}}"))
            public record FollowUpAction%2$d(
                @InputField(label = "Title", description = "The task's subject.", required = true) String title,
                @InputField(label = "Notes", description = "Printed on the task.", fieldType = "textarea") String notes,
                @InputField(label = "Due date", required = true) LocalDate dueDate,
                @InputField(label = "Remind at") Instant remindAt,
                @InputField(label = "Priority", description = "1 (low) to 10 (high).") int priority,
                @InputField(label = "Expected value",
                    supportedValueTypes = {ValueType.STATIC_VALUE, ValueType.OBJECT_PROPERTY}) BigDecimal expectedValue,
                @InputField(label = "Notify the owner") boolean notifyOwner,
                @InputField(label = "Preferred day", required = true) DayOfWeek preferredDay,
                @InputField(label = "Repeat on", description = "Days the task repeats on.") Set<DayOfWeek> repeatOn,
                @InputField(label = "Assignee email",
                    supportedValueTypes = {ValueType.STATIC_VALUE, ValueType.OBJECT_PROPERTY}) String assigneeEmail) {}
            """.formatted(pkg, n, object[0], object[1], object[0].toLowerCase(Locale.ROOT));
      }

      @Override
      String file(int n) {
        return "src/app/workflow-actions/schedule-follow-up-" + n + "-hsmeta.json";
      }
    },

    /**
     * {@code @WebhookSubscription} on the handler method of a class; the first handler class also carries the app's one
     * {@code @WebhookSettings}. All subscriptions go into ONE file, {@code src/app/webhooks/webhooks-hsmeta.json}
     * (named after the settings' default uid {@code webhooks}), which HubSpot's parser counts as one WEBHOOKS
     * component. The subscriptions are distinct (type, object, property): {@code object.propertyChange} and classic
     * {@code <object>.propertyChange} on the six webhook objects with distinct property names, alternating with the
     * 64 others ({@code object.<event>}, {@code <object>.<event>}, {@code contact.privacyDeletion},
     * {@code conversation.*}) while they last, so every size has all three groups of the file.
     */
    WEBHOOK_SUBSCRIPTION("WebhookHandler", "webhook subscription", "webhook subscriptions", "WEBHOOKS", false,
        "crm.objects.contacts.read", "crm.objects.companies.read", "crm.objects.deals.read", "tickets",
        "crm.objects.products.read", "crm.objects.line_items.read", "conversations.read") {
      @Override
      String source(String pkg, int n) {
        String[] subscription = subscription(n);
        String values = "subscriptionType = \"" + subscription[0] + "\""
            + (subscription[1].isEmpty() ? "" : ", objectType = \"" + subscription[1] + "\"")
            + (subscription[2].isEmpty() ? "" : ",\n      propertyName = \"" + subscription[2] + "\"");
        boolean settings = n == 1;
        return "package " + pkg + ";\n\n"
            + (settings ? "import io.github.hubspotapt.WebhookSettings;\n" : "")
            + "import io.github.hubspotapt.WebhookSubscription;\n\n"
            + "/** Webhook handler " + n + " of the benchmark" + (settings ? "; also where HubSpot sends the events" : "")
            + ". */\n"
            + (settings ? "@WebhookSettings(targetUrl = \"https://bench-app.example/hubspot/webhooks\","
                + " maxConcurrentRequests = 10)\n" : "")
            + "public final class WebhookHandler" + n + " {\n\n"
            + "  private long lastObjectId;\n"
            + "  private int events;\n\n"
            + "  @WebhookSubscription(" + values + ")\n"
            + "  public void handle(long objectId, String value) {\n"
            + "    lastObjectId = objectId;\n"
            + "    events += value == null ? 0 : 1;\n"
            + "  }\n\n"
            + "  public long lastObjectId() {\n"
            + "    return lastObjectId;\n"
            + "  }\n\n"
            + "  public int events() {\n"
            + "    return events;\n"
            + "  }\n"
            + "}\n";
      }

      @Override
      String file(int n) {
        throw new UnsupportedOperationException("subscriptions share one file");
      }

      @Override
      List<String> files(int count) {
        return count == 0 ? List.of() : List.of("src/app/webhooks/webhooks-hsmeta.json");
      }
    },

    /**
     * {@code @AppEvent} on a record whose 5 components are {@code @EventProperty}s (string, string, number, date,
     * enumeration), on COMPANY, CONTACT, DEAL or TICKET in turn, with header and detail templates that use them: one
     * {@code src/app/app-events/webinar-registration-<n>-hsmeta.json} each (named after the uid). Needs an OAuth
     * marketplace app with the {@code timeline} scope, and at most 750 per app (HS-APP-EVENT-LIMITS).
     */
    APP_EVENT("WebinarRegistration", "app event", "app events", "APP_EVENT", true, "timeline") {
      @Override
      String source(String pkg, int n) {
        String objectType = EVENT_OBJECTS[(n - 1) % EVENT_OBJECTS.length];
        return """
            package %1$s;

            import io.github.hubspotapt.AppEvent;
            import io.github.hubspotapt.AppEventObjectType;
            import io.github.hubspotapt.EventProperty;
            import java.time.DayOfWeek;
            import java.time.LocalDate;

            /** App event %2$d of the benchmark: its components are the event's properties. */
            @AppEvent(
                uid = "webinar_registration_%2$d",
                name = "Webinar registration %2$d",
                objectType = AppEventObjectType.%3$s,
                headerTemplate = "Registered for [{{webinarName}}]({{webinarUrl}})",
                detailTemplate = "Registered on {{#formatDate timestamp}}{{/formatDate}} for {{seats}} seat(s);"
                    + " the webinar starts on {{startDate}} ({{webinarDay}}).")
            public record WebinarRegistration%2$d(
                @EventProperty(label = "Webinar name") String webinarName,
                @EventProperty(label = "Webinar URL") String webinarUrl,
                @EventProperty(label = "Seats") int seats,
                @EventProperty(label = "Start date") LocalDate startDate,
                @EventProperty(label = "Webinar day") DayOfWeek webinarDay) {}
            """.formatted(pkg, n, objectType);
      }

      @Override
      String file(int n) {
        return "src/app/app-events/webinar-registration-" + n + "-hsmeta.json";
      }
    };

    final String classPrefix;
    final String singular;
    final String plural;
    /** HubSpot's internal type of the files, as its parser reports them ({@code accepted: ... (CARD 20, ...)}). */
    final String parserType;
    /** Whether the app must be an OAuth marketplace app (else the benchmark's app is a static private one). */
    final boolean needsMarketplace;
    /** The scopes the app requests for components of this kind (read scopes of their objects, timeline, ...). */
    final List<String> scopes;

    ComponentKind(String classPrefix, String singular, String plural, String parserType, boolean needsMarketplace,
        String... scopes) {
      this.classPrefix = classPrefix;
      this.singular = singular;
      this.plural = plural;
      this.parserType = parserType;
      this.needsMarketplace = needsMarketplace;
      this.scopes = List.of(scopes);
    }

    /** The Java source of component number {@code n} of this kind: one top-level class named classPrefix + n. */
    abstract String source(String pkg, int n);

    /** The project file the processor writes for component {@code n}, relative to the project folder. */
    abstract String file(int n);

    /** The project files the processor writes for {@code count} components of this kind (default: one each). */
    List<String> files(int count) {
      List<String> files = new ArrayList<>(count);
      for (int n = 1; n <= count; n++) {
        files.add(file(n));
      }
      return files;
    }

    String describe(int count) {
      return fmt(count) + " " + (count == 1 ? singular : plural);
    }
  }

  /** Workflow actions' object types in turn, with the record properties HubSpot sends with each execution. */
  static final String[][] ACTION_OBJECTS = {
      {"CONTACT", "\"email\", \"firstname\""},
      {"COMPANY", "\"name\", \"domain\""},
      {"DEAL", "\"dealname\", \"amount\""},
      {"TICKET", "\"subject\", \"hs_pipeline_stage\""}};

  /** App events' object types in turn. */
  static final String[] EVENT_OBJECTS = {"COMPANY", "CONTACT", "DEAL", "TICKET"};

  /** The objects webhook subscriptions can name (the read scope of each is in WEBHOOK_SUBSCRIPTION's scopes). */
  static final List<String> WEBHOOK_OBJECTS = List.of("contact", "company", "deal", "ticket", "product", "line_item");

  /**
   * 64 distinct subscriptions {type, objectType, propertyName} that are not CRM property changes: hub events
   * (conversation.propertyChange watches a conversation property), object.* and classic types, interleaved.
   */
  static final List<String[]> OTHER_SUBSCRIPTIONS = otherSubscriptions();

  static List<String[]> otherSubscriptions() {
    List<String[]> hub = new ArrayList<>();
    hub.add(new String[] {"contact.privacyDeletion", "", ""});
    for (String event : List.of("creation", "deletion", "newMessage", "privacyDeletion")) {
      hub.add(new String[] {"conversation." + event, "", ""});
    }
    hub.add(new String[] {"conversation.propertyChange", "", "status"});
    List<String[]> crm = new ArrayList<>();
    List<String[]> legacy = new ArrayList<>();
    for (String event : List.of("creation", "deletion", "merge", "restore", "associationChange")) {
      for (String object : WEBHOOK_OBJECTS) {
        if (object.equals("product") && event.equals("associationChange")) {
          continue; // the Webhooks API has no product.associationChange
        }
        crm.add(new String[] {"object." + event, object, ""});
        legacy.add(new String[] {object + "." + event, "", ""});
      }
    }
    List<String[]> all = new ArrayList<>();
    for (int i = 0; i < crm.size(); i++) {
      if (i < hub.size()) {
        all.add(hub.get(i));
      }
      all.add(crm.get(i));
      all.add(legacy.get(i));
    }
    return List.copyOf(all);
  }

  /**
   * Subscription {@code n} as {type, objectType, propertyName} ("" for none): odd positions take the next of the 64
   * that are not CRM property changes while there are any; the others are CRM property changes, {@code object.*} and
   * classic in turn, on the six objects in turn, of property {@code bench_property_<n>}, so no two are the same.
   */
  static String[] subscription(int n) {
    int i = n - 1;
    if (i % 2 == 1 && i / 2 < OTHER_SUBSCRIPTIONS.size()) {
      return OTHER_SUBSCRIPTIONS.get(i / 2);
    }
    int j = i / 2;
    String object = WEBHOOK_OBJECTS.get((j / 2) % WEBHOOK_OBJECTS.size());
    String property = "bench_property_" + n;
    return j % 2 == 0 ? new String[] {"object.propertyChange", object, property}
        : new String[] {object + ".propertyChange", "", property};
  }

  /**
   * One project size: {@code plain} classes without a HubSpot annotation, the components of each kind, and the app
   * class (always one). {@code reps} is the default number of timed repetitions per configuration.
   */
  record Size(String id, String label, int plain, Map<ComponentKind, Integer> components, int reps) {
    Size {
      components = new EnumMap<>(components);
    }

    int componentCount() {
      return components.values().stream().mapToInt(Integer::intValue).sum();
    }

    int classes() {
      return plain + componentCount() + 1;
    }

    /** hsproject.json, app-hsmeta.json and the files of each kind (one webhooks file for all subscriptions). */
    List<String> expectedFiles() {
      List<String> files = new ArrayList<>(List.of("hsproject.json", "src/app/app-hsmeta.json"));
      components.forEach((kind, count) -> files.addAll(kind.files(count)));
      return files;
    }

    /** What HubSpot's parser should list, as {@link #lastLine} condenses it: "APPLICATION 1, CARD 5, ...". */
    String expectedParserTypes() {
      Map<String, Integer> byType = new java.util.TreeMap<>(Map.of("APPLICATION", 1));
      components.forEach((kind, count) -> {
        int files = kind.files(count).size();
        if (files > 0) {
          byType.merge(kind.parserType, files, Integer::sum);
        }
      });
      return byType.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** The components HubSpot's parser counts: the app and one per file but hsproject.json. */
    int parserComponents() {
      return expectedFiles().size() - 1;
    }

    boolean needsMarketplace() {
      return components.entrySet().stream().anyMatch(e -> e.getValue() > 0 && e.getKey().needsMarketplace);
    }

    /** "5 cards, 5 workflow actions, ..." */
    String mix() {
      return components.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey().describe(e.getValue()))
          .collect(Collectors.joining(", "));
    }
  }

  /** HubSpot's limit of app event types per app (HS-APP-EVENT-LIMITS is an error past it). */
  static final int MAX_APP_EVENTS = 750;

  /**
   * {@code total} components of the four kinds in equal shares (issue #7: cards, workflow actions, webhook
   * subscriptions, app events), except that app events stop at HubSpot's 750 per app; the others share the rest
   * equally (the first kinds get the remainder).
   */
  static Map<ComponentKind, Integer> mix(int total) {
    Map<ComponentKind, Integer> mix = new EnumMap<>(ComponentKind.class);
    int events = Math.min(total / 4, MAX_APP_EVENTS);
    List<ComponentKind> others =
        List.of(ComponentKind.CARD, ComponentKind.WORKFLOW_ACTION, ComponentKind.WEBHOOK_SUBSCRIPTION);
    int rest = total - events;
    for (int k = 0; k < others.size(); k++) {
      mix.put(others.get(k), rest / others.size() + (k < rest % others.size() ? 1 : 0));
    }
    mix.put(ComponentKind.APP_EVENT, events);
    return mix;
  }

  static final List<Size> SIZES = List.of(
      new Size("a", "1 app, 1 card", 0, Map.of(ComponentKind.CARD, 1), 10),
      new Size("b", "100 classes, 20 components", 79, mix(20), 7),
      new Size("c", "1,000 classes, 200 components", 799, mix(200), 5),
      new Size("d2500", "2,500 components", 0, mix(2_500), 3),
      new Size("d5000", "5,000 components", 0, mix(5_000), 3),
      new Size("d", "10,000 components", 0, mix(10_000), 3));

  static final int CLASSES_PER_PACKAGE = 500;

  // ------------------------------------------------------------------------------------------------------------
  // How javac runs.
  // ------------------------------------------------------------------------------------------------------------

  enum Config {
    NONE("-proc:none"),
    NOOP("no-op processor"),
    /** The no-op processor writing one trivial source file: what javac charges any processor that generates code. */
    NOOP_SOURCE("no-op + 1 source"),
    HUBSPOT("hubspot-apt"),
    /** hubspot-apt with -Ahubspot.oauthHelper=false: no generated source, so no extra javac round. */
    HUBSPOT_NO_HELPER("no OAuth helper");

    final String label;

    Config(String label) {
      this.label = label;
    }
  }

  record Run(long wallNanos, int exitCode, String output, long maxRssKb, double cpuSeconds, long processorMs) {
    boolean ok() {
      return exitCode == 0;
    }
  }

  static final Pattern PROCESSOR_NOTE =
      Pattern.compile("hubspot-apt: (\\d+) annotated types, (\\d+) ms in the processor");

  // ------------------------------------------------------------------------------------------------------------
  // Options.
  // ------------------------------------------------------------------------------------------------------------

  Path annotationsJar;
  Path processorJar;
  Path javac = Paths.get(System.getProperty("java.home"), "bin", "javac");
  /** The plugin's jar or classes folder, whose ProjectParserMain runs HubSpot's parser; null: not timed. */
  Path parserClasspath;
  Path out;
  Path work;
  boolean keep;
  boolean smoke;
  boolean noop = true;
  List<String> sizeIds = List.of("a", "b", "c", "d2500", "d5000", "d");
  int validateReps = 3;
  /** Before each timed run, wait (up to maxWaitSeconds) until the machine is at least this idle, in percent. */
  int idlePercent = 85;
  int maxWaitSeconds = 120;
  int busyStarts;
  long waitedMillis;
  final Map<String, Integer> reps = new LinkedHashMap<>();
  final List<String> javacJvmFlags = new ArrayList<>();
  /** Lines for the report's header, e.g. the commit the jars were built from. */
  final List<String> notes = new ArrayList<>();
  Path timeTool;

  public static void main(String[] args) throws Exception {
    Benchmark benchmark = new Benchmark();
    try {
      benchmark.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("benchmark: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    }
    System.exit(benchmark.run());
  }

  static final String USAGE = """
      usage: java bench/src/Benchmark.java --annotations JAR --processor JAR [options]
        --sizes a,b,...      sizes to run (default all: a: 1 app + 1 card; b: 100 classes, 20 components;
                             c: 1,000 classes, 200 components; d2500, d5000, d: 2,500, 5,000, 10,000 components;
                             b to d: cards, workflow actions, webhook subscriptions and app events in equal
                             shares, app events at most 750)
        --reps N             timed repetitions per configuration for every size
        --reps-SIZE N        ... for one size, e.g. --reps-d 2 (defaults: a 10, b 7, c 5; d2500, d5000, d 3)
        --validate-reps N    timed runs of HubSpot's parser per size (default 3, at most --reps)
        --javac PATH         the javac to fork (default: the one of the JDK running this program)
        --parser-classpath PATH  the hubspot-apt-maven-plugin jar (or maven-plugin/target/classes), whose
                             ProjectParserMain runs HubSpot's parser (needs node 18+ and npm); omitted: not timed
        --no-noop            skip the no-op-processor configuration
        --javac-jvm FLAG     extra flag for the javac JVM (repeatable), e.g. -XX:+UseSerialGC
        --idle PCT           before each timed run, wait until the CPUs were at least PCT% idle over 1 s
                             (other processes on a shared machine skew wall times); 0: never wait (default 85)
        --max-wait SECONDS   ... but at most this long per run, then run anyway (default 120)
        --out FILE           also write the Markdown results there
        --work DIR           where to generate projects (default: a new temp dir, deleted afterwards)
        --keep               keep the generated projects
        --note TEXT          a line for the report's header (repeatable), e.g. the commit the jars come from
        --smoke              size a, 1 repetition; exit 1 unless hubspot-apt compiled it and wrote the 3 files
      """;

  void parse(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--annotations" -> annotationsJar = Paths.get(value(args, ++i, arg)).toAbsolutePath();
        case "--processor" -> processorJar = Paths.get(value(args, ++i, arg)).toAbsolutePath();
        case "--sizes" -> sizeIds = List.of(value(args, ++i, arg).split(","));
        case "--reps" -> {
          int n = positive(value(args, ++i, arg), arg);
          SIZES.forEach(size -> reps.put(size.id(), n));
        }
        case "--javac" -> javac = Paths.get(value(args, ++i, arg));
        case "--parser-classpath" -> parserClasspath = Paths.get(value(args, ++i, arg)).toAbsolutePath();
        case "--no-validate" -> parserClasspath = null;
        case "--validate-reps" -> validateReps = positive(value(args, ++i, arg), arg);
        case "--no-noop" -> noop = false;
        case "--javac-jvm" -> javacJvmFlags.add(value(args, ++i, arg));
        case "--idle" -> idlePercent = Integer.parseInt(value(args, ++i, arg));
        case "--max-wait" -> maxWaitSeconds = Integer.parseInt(value(args, ++i, arg));
        case "--out" -> out = Paths.get(value(args, ++i, arg));
        case "--work" -> work = Paths.get(value(args, ++i, arg)).toAbsolutePath();
        case "--keep" -> keep = true;
        case "--note" -> notes.add(value(args, ++i, arg));
        case "--smoke" -> smoke = true;
        case "--help", "-h" -> {
          System.out.println(USAGE);
          System.exit(0);
        }
        default -> {
          if (arg.startsWith("--reps-")) {
            String id = arg.substring("--reps-".length());
            size(id);
            reps.put(id, positive(value(args, ++i, arg), arg));
          } else {
            throw new IllegalArgumentException("unknown argument " + arg);
          }
        }
      }
    }
    if (annotationsJar == null || processorJar == null) {
      throw new IllegalArgumentException("--annotations and --processor are required");
    }
    for (Path jar : List.of(annotationsJar, processorJar)) {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalArgumentException("no such file: " + jar);
      }
    }
    if (smoke) {
      sizeIds = List.of("a");
      SIZES.forEach(size -> reps.put(size.id(), 1));
      noop = false;
    }
    sizeIds.forEach(Benchmark::size);
  }

  static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  static int positive(String text, String option) {
    try {
      int n = Integer.parseInt(text);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new IllegalArgumentException(option + " needs a positive number, not " + text);
  }

  static Size size(String id) {
    return SIZES.stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown size " + id));
  }

  // ------------------------------------------------------------------------------------------------------------
  // The benchmark.
  // ------------------------------------------------------------------------------------------------------------

  record Result(Size size, int reps, Map<Config, List<Run>> runs, int filesWritten, int filesExpected,
      List<Long> validateNanos, String validateOutput) {}

  final List<String> failures = new ArrayList<>();

  String loadAtStart = loadAverage();

  static String loadAverage() {
    try {
      String[] fields = Files.readString(Paths.get("/proc/loadavg")).strip().split(" ");
      return fields[0] + " / " + fields[1] + " / " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  int run() throws Exception {
    timeTool = findGnuTime();
    if (timeTool == null) {
      System.err.println("benchmark: GNU time (/usr/bin/time -v) not found; peak memory and CPU time are n/a "
          + "(apt-get install time)");
    }
    boolean tempWork = work == null;
    if (tempWork) {
      work = Files.createTempDirectory("hubspot-apt-bench");
    }
    Files.createDirectories(work);
    List<Result> results = new ArrayList<>();
    String report;
    try {
      Path noopDir = noop ? buildNoopProcessor(work.resolve("noop-processor")) : null;
      if (parserClasspath != null) {
        warmUpValidator();
      }
      for (String id : sizeIds) {
        Size size = size(id);
        int n = reps.getOrDefault(id, size.reps());
        results.add(runSize(size, n, noopDir));
      }
      report = report(results);
    } finally {
      if (tempWork && !keep) {
        deleteTree(work);
      } else {
        System.err.println("benchmark: projects kept in " + work);
      }
    }
    System.out.println(report);
    if (out != null && !smoke) {
      Files.writeString(out, report);
      System.err.println("benchmark: written " + out);
    }
    if (!failures.isEmpty()) {
      System.err.println("benchmark: FAILED");
      failures.forEach(f -> System.err.println("  " + f));
      return 1;
    }
    return 0;
  }

  Result runSize(Size size, int n, Path noopDir) throws Exception {
    Path dir = work.resolve("size-" + size.id());
    deleteTree(dir);
    Path argfile = generate(size, dir.resolve("src"));
    log("size %s (%s): %d classes, %d components (%s), %d repetition(s)", size.id(), size.label(), size.classes(),
        size.componentCount(), size.mix(), n);

    // Untimed first run: warms the file cache, checks the output, and writes the project folder for HubSpot's parser.
    Path projectDir = dir.resolve("hubspot-project");
    Run first = javac(Config.HUBSPOT, dir, argfile, noopDir, projectDir);
    log("  first run (untimed, with -Ahubspot.projectDir): %s", describe(first));
    List<String> expected = size.expectedFiles();
    int written = check(size, first, dir.resolve("gen").resolve("hubspot-project"), expected);

    Map<Config, List<Run>> runs = new EnumMap<>(Config.class);
    List<Config> configs = new ArrayList<>(List.of(Config.NONE, Config.HUBSPOT, Config.HUBSPOT_NO_HELPER));
    if (noopDir != null) {
      configs.addAll(1, List.of(Config.NOOP, Config.NOOP_SOURCE));
    }
    configs.forEach(c -> runs.put(c, new ArrayList<>()));
    for (int rep = 0; rep < n; rep++) {
      for (int k = 0; k < configs.size(); k++) {
        Config config = configs.get((k + rep) % configs.size());
        waitForIdle();
        Run run = javac(config, dir, argfile, noopDir, null);
        log("  rep %d/%d %-16s %s", rep + 1, n, config.label, describe(run));
        if (!run.ok()) {
          failures.add("size " + size.id() + ", " + config.label + ": javac exit " + run.exitCode() + "\n"
              + run.output());
        } else if (config == Config.HUBSPOT || config == Config.HUBSPOT_NO_HELPER) {
          check(size, run, dir.resolve("gen").resolve("hubspot-project"), expected);
        }
        runs.get(config).add(run);
      }
    }

    List<Long> validateNanos = new ArrayList<>();
    String validateOutput = "";
    if (parserClasspath != null && first.ok()) {
      for (int rep = 0; rep < Math.min(n, validateReps); rep++) {
        long start = System.nanoTime();
        Exec result = exec(parserCommand(projectDir), dir);
        validateNanos.add(System.nanoTime() - start);
        validateOutput = result.output().strip();
        if (result.exitCode() != 0) {
          failures.add("size " + size.id() + ": HubSpot's parser rejected the project (exit " + result.exitCode()
              + ")\n" + validateOutput);
          break;
        }
        // The parser counts files: the app, one per card, workflow action and app event, and one webhooks file
        // for all subscriptions.
        String[] outputLines = validateOutput.split("\n");
        Matcher accepted = ACCEPTED.matcher(outputLines[outputLines.length - 1].strip());
        if (!accepted.matches() || Integer.parseInt(accepted.group(1)) != size.parserComponents()
            || !countedTypes(accepted.group(2)).equals(size.expectedParserTypes())) {
          failures.add("size " + size.id() + ": HubSpot's parser did not see the app and its components ("
              + size.parserComponents() + ": " + size.expectedParserTypes() + "): " + lastLine(validateOutput));
          break;
        }
      }
      log("  HubSpot's parser: %s (median %d ms)", lastLine(validateOutput), median(validateNanos) / 1_000_000);
    }
    return new Result(size, n, runs, written, expected.size(), validateNanos, validateOutput);
  }

  /**
   * Waits until the CPUs were at least {@link #idlePercent} idle over one second (from /proc/stat), at most
   * {@link #maxWaitSeconds}; counts the runs that had to start on a busy machine anyway.
   */
  void waitForIdle() throws InterruptedException {
    if (idlePercent <= 0 || smoke) {
      return;
    }
    long start = System.currentTimeMillis();
    while (true) {
      double idle = idleOverOneSecond();
      if (idle < 0 || idle >= idlePercent) {
        break;
      }
      if (System.currentTimeMillis() - start > maxWaitSeconds * 1000L) {
        busyStarts++;
        log("  (machine still busy after %d s: %.0f%% idle; running anyway)", maxWaitSeconds, idle);
        break;
      }
      Thread.sleep(1000);
    }
    waitedMillis += System.currentTimeMillis() - start;
  }

  /** Percent of CPU time idle over the next second, all CPUs; -1 without /proc/stat. */
  static double idleOverOneSecond() throws InterruptedException {
    long[] before = cpuTicks();
    Thread.sleep(1000);
    long[] after = cpuTicks();
    if (before == null || after == null || after[0] == before[0]) {
      return -1;
    }
    return 100.0 * (after[1] - before[1]) / (after[0] - before[0]);
  }

  /** Total and idle (idle + iowait) ticks of the aggregate cpu line of /proc/stat. */
  static long[] cpuTicks() {
    try {
      String line = Files.readAllLines(Paths.get("/proc/stat")).get(0);
      String[] f = line.trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length; i++) {
        total += Long.parseLong(f[i]);
      }
      return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Checks that hubspot-apt compiled the project, wrote exactly the expected files and warned about nothing. */
  int check(Size size, Run run, Path generated, List<String> expected) throws IOException {
    String where = "size " + size.id() + ", hubspot-apt: ";
    if (!run.ok()) {
      failures.add(where + "javac exit " + run.exitCode() + "\n" + run.output());
      return 0;
    }
    if (run.processorMs() < 0) {
      failures.add(where + "no \"hubspot-apt: ... ms in the processor\" note in javac's output\n" + run.output());
    }
    if (run.output().contains("warning:") || run.output().contains("error:")) {
      failures.add(where + "javac reported diagnostics\n" + run.output());
    }
    // Past -Ahubspot.filerLimit files the processor writes the project directly, with its manifest beside it.
    List<String> files = listFiles(generated).stream().filter(f -> !f.equals(PROJECT_MANIFEST)).toList();
    List<String> want = expected.stream().sorted().toList();
    if (!files.equals(want)) {
      List<String> missing = want.stream().filter(f -> !files.contains(f)).limit(5).toList();
      List<String> extra = files.stream().filter(f -> !want.contains(f)).limit(5).toList();
      failures.add(where + "wrote " + files.size() + " files under " + generated + ", expected " + want.size()
          + "; missing (first 5): " + missing + "; unexpected (first 5): " + extra);
    }
    return files.size();
  }

  /** The processor's list of the files it wrote into a project folder (ProjectDirectoryWriter.MANIFEST). */
  static final String PROJECT_MANIFEST = ".hubspot-apt-manifest";

  static List<String> listFiles(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    }
  }

  /** One fresh javac process on a clean output folder (a full build, as Maven does on every change). */
  Run javac(Config config, Path dir, Path argfile, Path noopDir, Path projectDir) throws Exception {
    Path classes = dir.resolve("classes");
    Path gen = dir.resolve("gen");
    deleteTree(classes);
    deleteTree(gen);
    if (projectDir != null) {
      deleteTree(projectDir);
    }
    Files.createDirectories(classes);
    Files.createDirectories(gen);
    List<String> cmd = new ArrayList<>();
    Path timeOut = dir.resolve("time.txt");
    if (timeTool != null) {
      Files.deleteIfExists(timeOut);
      cmd.addAll(List.of(timeTool.toString(), "-v", "-o", timeOut.toString()));
    }
    cmd.add(javac.toString());
    javacJvmFlags.forEach(flag -> cmd.add("-J" + flag));
    cmd.addAll(List.of("-d", classes.toString(), "-s", gen.toString(), "-cp", annotationsJar.toString(),
        "-encoding", "UTF-8"));
    switch (config) {
      case NONE -> cmd.add("-proc:none");
      case NOOP -> cmd.addAll(List.of("-processorpath", noopDir.toString(), "-processor", "NoopProcessor"));
      case NOOP_SOURCE -> cmd.addAll(List.of("-processorpath", noopDir.toString(), "-processor", "NoopProcessor",
          "-Anoop.generate"));
      case HUBSPOT_NO_HELPER -> cmd.addAll(List.of("-processorpath", processorJar.toString(), "-Ahubspot.verbose",
          "-Ahubspot.oauthHelper=false"));
      case HUBSPOT -> {
        cmd.addAll(List.of("-processorpath", processorJar.toString(), "-Ahubspot.verbose"));
        if (projectDir != null) {
          cmd.add("-Ahubspot.projectDir=" + projectDir.toAbsolutePath());
        }
      }
    }
    cmd.add("@" + argfile);
    long start = System.nanoTime();
    Exec exec = exec(cmd, dir);
    long wall = System.nanoTime() - start;
    long rss = -1;
    double cpu = -1;
    if (timeTool != null && Files.isRegularFile(timeOut)) {
      String time = Files.readString(timeOut);
      rss = (long) timeField(time, "Maximum resident set size (kbytes)");
      cpu = timeField(time, "User time (seconds)") + timeField(time, "System time (seconds)");
    }
    long processorMs = -1;
    Matcher note = PROCESSOR_NOTE.matcher(exec.output());
    if (note.find()) {
      processorMs = Long.parseLong(note.group(2));
    }
    return new Run(wall, exec.exitCode(), exec.output(), rss, cpu, processorMs);
  }

  static double timeField(String text, String field) {
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.startsWith(field + ":")) {
        return Double.parseDouble(l.substring(field.length() + 1).strip());
      }
    }
    return -1;
  }

  record Exec(int exitCode, String output) {}

  static Exec exec(List<String> cmd, Path dir) throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "exec", ".log");
    try {
      Process process = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!process.waitFor(60, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException("timed out: " + String.join(" ", cmd));
      }
      return new Exec(process.exitValue(), Files.readString(log));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  // ------------------------------------------------------------------------------------------------------------
  // Generating projects.
  // ------------------------------------------------------------------------------------------------------------

  /** Writes the sources of {@code size} and returns javac's argument file listing them. */
  static Path generate(Size size, Path src) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(write(src, "bench", "BenchApp", appSource(size)));
    for (int n = 1; n <= size.plain(); n++) {
      String pkg = "bench.plain.p" + (n - 1) / CLASSES_PER_PACKAGE;
      files.add(write(src, pkg, "Plain" + n, plainClass(pkg, n)));
    }
    for (Map.Entry<ComponentKind, Integer> entry : size.components().entrySet()) {
      ComponentKind kind = entry.getKey();
      for (int n = 1; n <= entry.getValue(); n++) {
        String pkg = "bench." + kind.name().toLowerCase(Locale.ROOT) + ".p" + (n - 1) / CLASSES_PER_PACKAGE;
        files.add(write(src, pkg, kind.classPrefix + n, kind.source(pkg, n)));
      }
    }
    Path argfile = src.resolveSibling("sources.txt");
    Files.write(argfile, files.stream().map(p -> "\"" + p.toAbsolutePath().toString().replace("\\", "\\\\") + "\"")
        .toList());
    return argfile;
  }

  /**
   * The {@code @HubSpotApp} class. A size with only cards (size a) gets a static private app, as before the other
   * kinds existed; a size with app events an OAuth marketplace app (HS-FEATURE-DISTRIBUTION), with a redirect URL
   * and support contacts. Either requests the scopes its components need (HS-OBJECT-SCOPE, HS-WEBHOOK-SCOPE,
   * HS-APP-EVENT-SCOPE), so that no size gets a warning.
   */
  static String appSource(Size size) {
    boolean marketplace = size.needsMarketplace();
    java.util.Set<String> scopes = new java.util.LinkedHashSet<>();
    if (marketplace) {
      scopes.add("oauth");
    }
    size.components().forEach((kind, count) -> {
      if (count > 0) {
        scopes.addAll(kind.scopes);
      }
    });
    if (!marketplace) {
      return """
          package bench;

          import io.github.hubspotapt.Auth;
          import io.github.hubspotapt.AuthType;
          import io.github.hubspotapt.Distribution;
          import io.github.hubspotapt.HubSpotApp;

          @HubSpotApp(uid = "bench_app", name = "Bench App", description = "Synthetic app of the hubspot-apt benchmark.",
              distribution = Distribution.PRIVATE)
          @Auth(type = AuthType.STATIC, requiredScopes = %s)
          public final class BenchApp {}
          """.formatted(scopeList(scopes));
    }
    return """
        package bench;

        import io.github.hubspotapt.Auth;
        import io.github.hubspotapt.AuthType;
        import io.github.hubspotapt.Distribution;
        import io.github.hubspotapt.HubSpotApp;
        import io.github.hubspotapt.Support;

        @HubSpotApp(uid = "bench_app", name = "Bench App", description = "Synthetic app of the hubspot-apt benchmark.",
            distribution = Distribution.MARKETPLACE,
            support = @Support(supportEmail = "support@bench-app.example", supportUrl = "https://bench-app.example/support"))
        @Auth(type = AuthType.OAUTH, redirectUrls = "https://bench-app.example/hubspot/oauth/callback",
            requiredScopes = %s)
        public final class BenchApp {}
        """.formatted(scopeList(scopes));
  }

  /** {@code "a"} for one scope, else {@code {"a", "b", ...}}, wrapped before 120 columns (in the OAuth app's layout). */
  static String scopeList(java.util.Collection<String> scopes) {
    String indent = "        ";
    if (scopes.size() == 1) {
      return "\"" + scopes.iterator().next() + "\"";
    }
    StringBuilder list = new StringBuilder("{");
    int column = indent.length() + "requiredScopes = {".length();
    boolean first = true;
    for (String scope : scopes) {
      String item = (first ? "" : ", ") + "\"" + scope + "\"";
      if (!first && column + item.length() > 110) {
        list.append(",\n").append(indent);
        item = "\"" + scope + "\"";
        column = indent.length();
      }
      list.append(item);
      column += item.length();
      first = false;
    }
    return list.append("}").toString();
  }

  static Path write(Path src, String pkg, String name, String source) throws IOException {
    Path file = src.resolve(pkg.replace('.', '/')).resolve(name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    return file;
  }

  /**
   * A plain class with the usual javac work: fields, a constructor, accessors, a loop, a lambda pipeline, a string
   * format, equals/hashCode with a pattern match, and a reference to the previous class of its package.
   */
  static String plainClass(String pkg, int n) {
    String name = "Plain" + n;
    boolean hasPrevious = (n - 1) % CLASSES_PER_PACKAGE != 0;
    String previous = hasPrevious ? """

          public Plain%1$d previous() {
            return new Plain%1$d(name, count - 1);
          }
        """.formatted(n - 1) : "";
    return """
        package %1$s;

        import java.util.ArrayList;
        import java.util.List;
        import java.util.Objects;
        import java.util.stream.Collectors;

        /** Plain class %3$d of the benchmark: no HubSpot annotation. */
        public final class %2$s {

          private final String name;
          private final int count;
          private final List<String> tags = new ArrayList<>();

          public %2$s(String name, int count) {
            this.name = Objects.requireNonNull(name, "name");
            this.count = count;
          }

          public String name() {
            return name;
          }

          public int count() {
            return count;
          }

          public %2$s tag(String tag) {
            tags.add(tag);
            return this;
          }

          public int score() {
            int score = 0;
            for (String tag : tags) {
              score += tag.length() * count;
            }
            return score;
          }

          public List<String> upperTags() {
            return tags.stream().filter(t -> !t.isBlank()).map(String::toUpperCase).sorted().collect(Collectors.toList());
          }

          public String describe() {
            return String.format("%%s(%%d): %%s", name, count, String.join(", ", tags));
          }
        %4$s
          @Override
          public boolean equals(Object o) {
            return o instanceof %2$s other && name.equals(other.name) && count == other.count && tags.equals(other.tags);
          }

          @Override
          public int hashCode() {
            return Objects.hash(name, count, tags);
          }
        }
        """.formatted(pkg, name, n, previous);
  }

  /** A processor that claims the HubSpot annotations and does nothing: javac's own processing overhead. */
  Path buildNoopProcessor(Path dir) throws Exception {
    Path src = dir.resolve("NoopProcessor.java");
    Files.createDirectories(dir);
    Files.writeString(src, """
        import java.util.Set;
        import javax.annotation.processing.AbstractProcessor;
        import javax.annotation.processing.RoundEnvironment;
        import javax.lang.model.SourceVersion;
        import javax.lang.model.element.TypeElement;

        public final class NoopProcessor extends AbstractProcessor {
          private boolean generated;

          @Override
          public Set<String> getSupportedAnnotationTypes() {
            return Set.of("io.github.hubspotapt.*");
          }

          @Override
          public Set<String> getSupportedOptions() {
            return Set.of("noop.generate");
          }

          @Override
          public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
          }

          /** With -Anoop.generate: one trivial source file in the first round, as any code generator writes. */
          @Override
          public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!generated && processingEnv.getOptions().containsKey("noop.generate")) {
              generated = true;
              try (java.io.Writer out = processingEnv.getFiler().createSourceFile("bench.NoopGenerated").openWriter()) {
                out.write("package bench; final class NoopGenerated { static final int ROUND = 1; }");
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
            return true;
          }
        }
        """);
    Exec exec = exec(List.of(javac.toString(), "-d", dir.toString(), src.toString()), dir);
    if (exec.exitCode() != 0) {
      throw new IllegalStateException("cannot compile the no-op processor:\n" + exec.output());
    }
    return dir;
  }

  /** The plugin's plain-Java entry point for HubSpot's parser: exit 0 accepted, 1 rejected, 2 could not run. */
  List<String> parserCommand(Path projectDir) {
    return List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        parserClasspath.toString(), "io.github.hubspotapt.maven.parser.ProjectParserMain", projectDir.toString());
  }

  /** HubSpot's parser installs itself with npm on its first run; that install is not part of any timing. */
  void warmUpValidator() throws Exception {
    Path dir = work.resolve("validate-warm-up");
    Path project = dir.resolve("project");
    Files.createDirectories(project.resolve("src/app"));
    Files.writeString(project.resolve("hsproject.json"),
        "{\n  \"name\": \"warm-up\",\n  \"srcDir\": \"src\",\n  \"platformVersion\": \"2025.2\"\n}\n");
    Files.writeString(project.resolve("src/app/app-hsmeta.json"), """
        {
          "uid": "warm_up",
          "type": "app",
          "config": {
            "description": "Warm-up.",
            "name": "Warm-up",
            "distribution": "private",
            "auth": {
              "type": "static",
              "requiredScopes": ["crm.objects.contacts.read"],
              "optionalScopes": [],
              "conditionallyRequiredScopes": []
            },
            "permittedUrls": {"fetch": [], "iframe": [], "img": []}
          }
        }
        """);
    long start = System.nanoTime();
    Exec exec = exec(parserCommand(project), dir);
    log("HubSpot's parser warm-up (npm ci on first use, untimed): exit %d, %d ms", exec.exitCode(),
        (System.nanoTime() - start) / 1_000_000);
    if (exec.exitCode() == 2) {
      System.err.println("benchmark: HubSpot's parser cannot run, not timed:\n" + exec.output());
      parserClasspath = null;
    }
  }

  // ------------------------------------------------------------------------------------------------------------
  // Reporting.
  // ------------------------------------------------------------------------------------------------------------

  String report(List<Result> results) throws Exception {
    StringBuilder md = new StringBuilder();
    md.append("# hubspot-apt benchmark").append(smoke ? " (smoke)" : "").append("\n\n");
    md.append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
    md.append("- machine: ").append(cpuModel()).append(", ").append(Runtime.getRuntime().availableProcessors())
        .append(" cores (nproc), ").append(memTotal()).append(" memory\n");
    md.append("- javac: `").append(javac).append("`, ").append(javaVersion()).append('\n');
    md.append("- javac JVM flags: ").append(javacJvmFlags.isEmpty() ? "none (JVM defaults)"
        : "`" + String.join(" ", javacJvmFlags) + "`").append('\n');
    md.append("- processor: `").append(processorJar.getFileName()).append("`\n");
    notes.forEach(note -> md.append("- ").append(note).append('\n'));
    md.append("- load average (1/5/15 min) at start: ").append(loadAtStart).append("; at end: ").append(loadAverage())
        .append(" (other processes on the machine add noise to wall times; CPU times are less affected)\n");
    md.append("- idle gate: ").append(idlePercent <= 0 || smoke ? "off" : "each timed run started after the CPUs were >= "
        + idlePercent + "% idle for 1 s (waited " + fmt(waitedMillis / 1000) + " s in all; " + busyStarts
        + " run(s) started busy after " + maxWaitSeconds + " s)").append("\n\n");

    md.append("| size | classes | components | runs | `-proc:none` ms | hubspot-apt ms | ratio | added ms |");
    if (noop) {
      md.append(" no-op processor ms | hubspot-apt / no-op |");
    }
    md.append(" processor's own ms | own / `-proc:none` | peak RSS none /").append(noop ? " no-op /" : "")
        .append(" with (MB) | files written |"
        + " HubSpot parser ms |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|").append(noop ? "---:|---:|" : "")
        .append("---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      List<Run> base = r.runs().get(Config.NONE);
      List<Run> with = r.runs().get(Config.HUBSPOT);
      long baseMs = medianMs(base);
      long withMs = medianMs(with);
      long ownMs = ownMs(r);
      md.append("| ").append(r.size().id()).append(": ").append(r.size().label())
          .append(" | ").append(fmt(r.size().classes()))
          .append(" | ").append(fmt(r.size().componentCount()))
          .append(" | ").append(r.reps())
          .append(" | ").append(fmt(baseMs))
          .append(" | ").append(fmt(withMs))
          .append(" | ").append(String.format(Locale.ROOT, "%.3f", (double) withMs / baseMs))
          .append(" | ").append(signed(withMs - baseMs));
      if (noop) {
        long noopMs = medianMs(r.runs().get(Config.NOOP));
        md.append(" | ").append(fmt(noopMs)).append(" | ")
            .append(String.format(Locale.ROOT, "%.3f", (double) withMs / noopMs));
      }
      md.append(" | ").append(ownMs < 0 ? "n/a" : fmt(ownMs))
          .append(" | ").append(ownMs < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * ownMs / baseMs))
          .append(" | ").append(rssMb(base)).append(" / ")
          .append(noop ? rssMb(r.runs().get(Config.NOOP)) + " / " : "").append(rssMb(with))
          .append(" | ").append(fmt(r.filesWritten()))
          .append(r.filesWritten() == r.filesExpected() ? "" : " (expected " + fmt(r.filesExpected()) + ")")
          .append(" | ").append(r.validateNanos().isEmpty() ? "n/a" : fmt(median(r.validateNanos()) / 1_000_000))
          .append(" |\n");
    }
    md.append("\nLess noise-sensitive views: CPU time (user + system, all javac threads, median seconds) and the "
        + "fastest wall time (ms) of each configuration:\n\n");
    md.append("| size | CPU `-proc:none` |").append(noop ? " CPU no-op |" : "").append(" CPU hubspot-apt |"
        + " CPU ratio | min wall `-proc:none` |").append(noop ? " min wall no-op |" : "")
        .append(" min wall hubspot-apt | min ratio |\n");
    md.append("|---|---:|").append(noop ? "---:|" : "").append("---:|---:|---:|").append(noop ? "---:|" : "")
        .append("---:|---:|\n");
    for (Result r : results) {
      List<Run> base = r.runs().get(Config.NONE);
      List<Run> with = r.runs().get(Config.HUBSPOT);
      md.append("| ").append(r.size().id()).append(" | ").append(cpu(base));
      if (noop) {
        md.append(" | ").append(cpu(r.runs().get(Config.NOOP)));
      }
      double cpuBase = cpuMedian(base);
      double cpuWith = cpuMedian(with);
      md.append(" | ").append(cpu(with)).append(" | ")
          .append(cpuBase > 0 && cpuWith > 0 ? String.format(Locale.ROOT, "%.3f", cpuWith / cpuBase) : "n/a")
          .append(" | ").append(fmt(minMs(base)));
      if (noop) {
        md.append(" | ").append(fmt(minMs(r.runs().get(Config.NOOP))));
      }
      md.append(" | ").append(fmt(minMs(with))).append(" | ")
          .append(String.format(Locale.ROOT, "%.3f", (double) minMs(with) / minMs(base))).append(" |\n");
    }
    md.append("\nWhere the added time goes: javac's own share (a processor that does nothing; the same writing one "
        + "trivial source file, as the OAuth helper makes javac compile a generated source in one more round over "
        + "all sources) and hubspot-apt with `-Ahubspot.oauthHelper=false` (median wall ms, added over `-proc:none`):"
        + "\n\n| size | `-proc:none` |").append(noop ? " no-op | no-op + 1 source |" : "")
        .append(" hubspot-apt | hubspot-apt, no OAuth helper | its own ms |\n|---|---:|").append(noop ? "---:|---:|" : "")
        .append("---:|---:|---:|\n");
    for (Result r : results) {
      long baseMs = medianMs(r.runs().get(Config.NONE));
      md.append("| ").append(r.size().id()).append(" | ").append(fmt(baseMs));
      List<Config> shown = new ArrayList<>(List.of(Config.HUBSPOT, Config.HUBSPOT_NO_HELPER));
      if (noop) {
        shown.addAll(0, List.of(Config.NOOP, Config.NOOP_SOURCE));
      }
      for (Config config : shown) {
        long ms = medianMs(r.runs().get(config));
        md.append(" | ").append(fmt(ms)).append(" (").append(signed(ms - baseMs)).append(")");
      }
      long ownMs = ownMs(r, Config.HUBSPOT_NO_HELPER);
      md.append(" | ").append(ownMs < 0 ? "n/a" : fmt(ownMs)).append(" |\n");
    }
    if (results.size() > 1) {
      md.append("\nScaling: the processor's own time per added component between consecutive sizes (constant for "
          + "linear growth):\n\n| from | to | own ms added | components added | own ms per component |\n"
          + "|---|---|---:|---:|---:|\n");
      for (int i = 1; i < results.size(); i++) {
        Result from = results.get(i - 1);
        Result to = results.get(i);
        long fromMs = ownMs(from);
        long toMs = ownMs(to);
        int added = to.size().componentCount() - from.size().componentCount();
        if (fromMs < 0 || toMs < 0 || added <= 0) {
          continue;
        }
        md.append("| ").append(from.size().id()).append(" | ").append(to.size().id()).append(" | ")
            .append(signed(toMs - fromMs)).append(" | ").append(fmt(added)).append(" | ")
            .append(String.format(Locale.ROOT, "%.3f", (double) (toMs - fromMs) / added)).append(" |\n");
      }
    }
    md.append("""

        How it is measured (`bench/src/Benchmark.java`):
        - every compilation is a fresh `javac` process (JVM start-up included, as on the command line; in Maven and
          IDEs javac itself is warm, so the relative overhead there is larger, and the processor's own time is the
          better guide) on clean output folders, a full build; each repetition runs every configuration once, in a
          rotating order; the table shows medians;
        - `-proc:none`: no annotation processing; no-op processor: a processor that claims the same annotations and
          does nothing (javac's own annotation-processing overhead); no-op + 1 source: the same processor writing one
          trivial class in its first round (javac's cost of any generated source); hubspot-apt: `-processorpath
          <shaded jar> -Ahubspot.verbose`, default output (the generated-sources folder), no `-Ahubspot.projectDir`;
          no OAuth helper: the same with `-Ahubspot.oauthHelper=false`;
        - ratio and added ms: hubspot-apt against `-proc:none`, wall clock; hubspot-apt / no-op: against a
          compilation that runs a processor doing nothing (what hubspot-apt adds beyond javac's own processing);
        - processor's own ms: the processor's note `hubspot-apt: N annotated types, X ms in the processor` (time inside
          `process()`, all rounds: reading, rules, rendering, writing; not javac's processor discovery and class
          loading before the first round);
        - peak RSS: `Maximum resident set size` of the javac process from GNU `time -v`, median over the runs;
        - components: a holds one card; b to d cards, workflow actions (10 input fields each), webhook
          subscriptions (each on its handler method) and app events in equal shares, except that app events stop at
          HubSpot's 750 per app (the other three share the rest); see the mix per size below;
        - files written: files under `<generated sources>/hubspot-project` (expected: hsproject.json,
          app-hsmeta.json, one file per card, workflow action and app event, and one webhooks file for all
          subscriptions; past `-Ahubspot.filerLimit` files the processor writes them directly, and its
          `.hubspot-apt-manifest` beside them is not counted), checked on every run;
        - HubSpot parser ms: the Maven plugin's `ProjectParserMain` (HubSpot's `@hubspot/project-parsing-lib`, JVM
          and node start-up included) on the project written by an untimed first compilation with `-Ahubspot.projectDir`,
          median of up to 3 runs (`--validate-reps`); its npm install is done before and not timed; the run fails
          unless the parser accepts the app and every component (it counts the webhooks file as one component).
        """);
    md.append("\nComponent mix:\n");
    for (Result r : results) {
      md.append("\n- ").append(r.size().id()).append(": ").append(r.size().mix())
          .append(r.size().needsMarketplace() ? " (OAuth marketplace app)" : " (static private app)");
    }
    md.append('\n');
    for (Result r : results) {
      if (!r.validateOutput().isEmpty()) {
        md.append("\nHubSpot parser on size ").append(r.size().id()).append(": `")
            .append(lastLine(r.validateOutput())).append("`");
      }
    }
    md.append('\n');
    return md.toString();
  }

  static long ownMs(Result r) {
    return ownMs(r, Config.HUBSPOT);
  }

  static long ownMs(Result r, Config config) {
    return median(r.runs().get(config).stream().map(Run::processorMs).filter(ms -> ms >= 0).toList());
  }

  static String signed(long ms) {
    return (ms >= 0 ? "+" : "") + fmt(ms);
  }

  static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static long medianMs(List<Run> runs) {
    return median(runs.stream().map(Run::wallNanos).toList()) / 1_000_000;
  }

  static String rssMb(List<Run> runs) {
    long kb = median(runs.stream().map(Run::maxRssKb).filter(v -> v >= 0).toList());
    return kb < 0 ? "n/a" : fmt(Math.round(kb / 1024.0));
  }

  static double cpuMedian(List<Run> runs) {
    List<Double> values = runs.stream().map(Run::cpuSeconds).filter(v -> v >= 0).sorted().toList();
    if (values.isEmpty()) {
      return -1;
    }
    int m = values.size();
    return m % 2 == 1 ? values.get(m / 2) : (values.get(m / 2 - 1) + values.get(m / 2)) / 2;
  }

  static String cpu(List<Run> runs) {
    double median = cpuMedian(runs);
    return median < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", median);
  }

  static long minMs(List<Run> runs) {
    return runs.stream().mapToLong(Run::wallNanos).min().orElse(-1) / 1_000_000;
  }

  /** The median, or -1 for no values; the mean of the middle two for an even count. */
  static long median(List<Long> values) {
    if (values.isEmpty()) {
      return -1;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int m = sorted.size();
    return m % 2 == 1 ? sorted.get(m / 2) : (sorted.get(m / 2 - 1) + sorted.get(m / 2)) / 2;
  }

  static String describe(Run run) {
    StringBuilder text = new StringBuilder();
    text.append(run.ok() ? "ok" : "FAILED (exit " + run.exitCode() + ")")
        .append(String.format(Locale.ROOT, ", %,d ms", run.wallNanos() / 1_000_000));
    if (run.processorMs() >= 0) {
      text.append(String.format(Locale.ROOT, ", processor %,d ms", run.processorMs()));
    }
    if (run.maxRssKb() >= 0) {
      text.append(String.format(Locale.ROOT, ", RSS %,d MB, CPU %.2f s", run.maxRssKb() / 1024, run.cpuSeconds()));
    }
    return text.toString();
  }

  /** ProjectParserMain's line: "HubSpot project parser 0.23.0 accepted DIR: 5 components (APPLICATION, CARD x4)
   *  on platform 2026.03; config fields are ...". */
  static final Pattern ACCEPTED = Pattern.compile(
      "HubSpot project parser \\S+ accepted .*: (\\d+) components? \\((.*)\\) on platform ([^;\\s]+);.*");

  /** The parser's last line, condensed: "accepted: 5 components (APPLICATION 1, CARD 4) on platform 2026.03". */
  static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    String last = lines[lines.length - 1].strip();
    Matcher accepted = ACCEPTED.matcher(last);
    if (!accepted.matches()) {
      return last.length() > 300 ? last.substring(0, 300) + "..." : last;
    }
    return "accepted: " + accepted.group(1) + " components (" + countedTypes(accepted.group(2)) + ") on platform "
        + accepted.group(3);
  }

  /** "APPLICATION, CARD x4" (an entry per type, "xN" when more than one) as "APPLICATION 1, CARD 4". */
  static String countedTypes(String types) {
    return Arrays.stream(types.split(", "))
        .map(entry -> entry.contains(" x") ? entry.replace(" x", " ") : entry + " 1")
        .sorted().collect(Collectors.joining(", "));
  }

  static String cpuModel() {
    try {
      return Files.readAllLines(Paths.get("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  static String memTotal() {
    try {
      return Files.readAllLines(Paths.get("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
          .map(l -> String.format(Locale.ROOT, "%.1f GiB",
              Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0))
          .findFirst().orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  String javaVersion() throws Exception {
    Path java = javac.resolveSibling("java");
    Exec exec = exec(List.of(java.toString(), "-version"), work);
    return Arrays.stream(exec.output().strip().split("\n")).map(String::strip)
        .collect(Collectors.joining("; ", "`", "`"));
  }

  static Path findGnuTime() {
    for (String candidate : List.of("/usr/bin/time", "/bin/time")) {
      Path path = Paths.get(candidate);
      if (Files.isExecutable(path)) {
        try {
          Process p = new ProcessBuilder(candidate, "-v", "true").redirectErrorStream(true).start();
          String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          if (p.waitFor() == 0 && text.contains("Maximum resident set size")) {
            return path;
          }
        } catch (IOException | InterruptedException e) {
          // not GNU time
        }
      }
    }
    return null;
  }

  static void log(String format, Object... args) {
    System.err.println(String.format(Locale.ROOT, format, args));
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
