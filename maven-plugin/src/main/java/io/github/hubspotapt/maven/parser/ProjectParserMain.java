package io.github.hubspotapt.maven.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * HubSpot's parser without Maven: {@code java -cp hubspot-apt-maven-plugin.jar
 * io.github.hubspotapt.maven.parser.ProjectParserMain <projectDir> [--profile NAME]}, for Gradle
 * and the benchmark. The system properties {@code hubspot.node} and {@code hubspot.parserCache}
 * mean what they mean for the Maven goal. Exit 0: accepted; 1: rejected (HubSpot's message on
 * stdout); 2: could not run (why, on stderr).
 */
public final class ProjectParserMain {

  static final int ACCEPTED = 0;
  static final int REJECTED = 1;
  static final int CANNOT_RUN = 2;

  private ProjectParserMain() {}

  /**
   * Runs the parser and exits with its verdict.
   *
   * @param args {@code <projectDir> [--profile NAME]}
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    String profile = null;
    Path projectDir = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--profile") && i + 1 < args.length) {
        profile = args[++i];
      } else if (projectDir == null && !args[i].startsWith("--")) {
        projectDir = Paths.get(args[i]);
      } else {
        return usage("unexpected argument " + args[i]);
      }
    }
    if (projectDir == null) {
      return usage("no project folder");
    }
    if (!Files.isDirectory(projectDir)) {
      System.err.println("hubspot-apt: " + projectDir + " is not a folder");
      return CANNOT_RUN;
    }
    try {
      ParserVerdict verdict =
          ProjectParser.fromSystemProperties(System.err::println).parse(projectDir, profile);
      String where = projectDir.toString();
      if (!verdict.accepted()) {
        System.out.println(verdict.rejectedMessage(where));
        return REJECTED;
      }
      verdict.skippedWarnings(where).forEach(warning -> System.out.println("warning: " + warning));
      System.out.println(verdict.acceptedLine(where));
      return ACCEPTED;
    } catch (ParserUnavailableException e) {
      System.err.println("hubspot-apt: " + e.getMessage());
      return CANNOT_RUN;
    }
  }

  private static int usage(String problem) {
    System.err.println(
        "hubspot-apt: "
            + problem
            + System.lineSeparator()
            + "usage: java -cp <hubspot-apt-maven-plugin jar> "
            + ProjectParserMain.class.getName()
            + " <projectDir> [--profile NAME]");
    return CANNOT_RUN;
  }
}
