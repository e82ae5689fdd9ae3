import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HubSpot's own project parser, through the Maven plugin's plain-Java entry point ({@code ProjectParserMain}): timed on
 * each size's project, which it must accept with the app and every component, counted per type.
 */
final class HubSpotParser {

  /** ProjectParserMain's line: "HubSpot project parser 0.23.0 accepted DIR: 5 components (APPLICATION, CARD x4)
   *  on platform 2026.03; config fields are ...". */
  static final Pattern ACCEPTED = Pattern.compile(
      "HubSpot project parser \\S+ accepted .*: (\\d+) components? \\((.*)\\) on platform ([^;\\s]+);.*");

  /** The parser's runs on one project: their times and the last run's output. */
  record Timing(List<Long> nanos, String output) {}

  /** The plugin's jar or classes folder; null: the parser is not run. */
  private Path classpath;

  HubSpotParser(Path classpath) {
    this.classpath = classpath;
  }

  boolean enabled() {
    return classpath != null;
  }

  /** HubSpot's parser installs itself with npm on its first run; that install is not part of any timing. */
  void warmUp(Path work) throws Exception {
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
    Exec exec = Exec.run(command(project), dir);
    Benchmark.log("HubSpot's parser warm-up (npm ci on first use, untimed): exit %d, %d ms", exec.exitCode(),
        (System.nanoTime() - start) / 1_000_000);
    if (exec.exitCode() == 2) {
      System.err.println("benchmark: HubSpot's parser cannot run, not timed:\n" + exec.output());
      classpath = null;
    }
  }

  /**
   * Up to {@code reps} timed runs on {@code projectDir}; stops at the first run that does not accept the app and the
   * components {@code size} holds (the parser counts files: the app, one per card, workflow action and app event,
   * and one webhooks file for all subscriptions), and adds why to {@code failures}.
   */
  Timing time(Size size, Path dir, Path projectDir, int reps, List<String> failures) throws Exception {
    List<Long> nanos = new ArrayList<>();
    String output = "";
    for (int rep = 0; rep < reps; rep++) {
      long start = System.nanoTime();
      Exec result = Exec.run(command(projectDir), dir);
      nanos.add(System.nanoTime() - start);
      output = result.output().strip();
      if (result.exitCode() != 0) {
        failures.add("size " + size.id() + ": HubSpot's parser rejected the project (exit " + result.exitCode()
            + ")\n" + output);
        break;
      }
      String[] outputLines = output.split("\n");
      Matcher accepted = ACCEPTED.matcher(outputLines[outputLines.length - 1].strip());
      if (!accepted.matches() || Integer.parseInt(accepted.group(1)) != size.parserComponents()
          || !countedTypes(accepted.group(2)).equals(size.expectedParserTypes())) {
        failures.add("size " + size.id() + ": HubSpot's parser did not see the app and its components ("
            + size.parserComponents() + ": " + size.expectedParserTypes() + "): " + lastLine(output));
        break;
      }
    }
    return new Timing(nanos, output);
  }

  /** The plugin's plain-Java entry point for HubSpot's parser: exit 0 accepted, 1 rejected, 2 could not run. */
  private List<String> command(Path projectDir) {
    return List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        classpath.toString(), "io.github.hubspotapt.maven.parser.ProjectParserMain", projectDir.toString());
  }

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
}
