package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.maven.parser.ParserUnavailableException;
import io.github.hubspotapt.maven.parser.ParserVerdict;
import io.github.hubspotapt.maven.parser.ProjectParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The import without Maven: {@code java -cp <plugin jar>:<annotations jar>:<processor
 * jar>:<jackson-core jar>:<javapoet jar> io.github.hubspotapt.maven.importer.ImportMain
 * <projectDir> <package> [--into DIR] [--partial] [--profiles files] [--skip-parser]}. Writes
 * {@code DIR/src/main/java} and {@code DIR/src/main/hubspot} (DIR: the current folder), then
 * compiles the sources with the processor to list HubSpot's config rules they break (without the
 * processor jar, or on a Java runtime without a compiler, it says that it did not). HubSpot's
 * parser needs node 18+; without it the import stops and says so, and {@code --skip-parser} imports
 * unchecked. {@code --profiles files} copies the hsprofile files into the front-end folder instead
 * of writing {@code @Profile}s. The system properties {@code hubspot.node} and {@code
 * hubspot.parserCache} mean what they mean for the Maven goals. Exit 0: imported; 1: stopped (why
 * on stderr, nothing written); 2: could not run.
 */
public final class ImportMain {

  static final int IMPORTED = 0;
  static final int STOPPED = 1;
  static final int CANNOT_RUN = 2;

  private ImportMain() {}

  /**
   * Imports and exits with the outcome.
   *
   * @param args {@code <projectDir> <package> [--into DIR] [--partial] [--profiles files]
   *     [--skip-parser]}
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    Path into = Paths.get("");
    boolean partial = false;
    boolean skipParser = false;
    ProfileTarget profiles = ProfileTarget.ANNOTATIONS;
    Path projectDir = null;
    String packageName = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--into" -> {
          if (i + 1 == args.length) {
            return usage("--into needs a folder");
          }
          into = Paths.get(args[++i]);
        }
        case "--partial" -> partial = true;
        case "--profiles" -> {
          if (i + 1 == args.length) {
            return usage("--profiles needs annotations or files");
          }
          try {
            profiles = ProfileTarget.of(args[++i]);
          } catch (ImportException e) {
            return usage(e.getMessage());
          }
        }
        case "--skip-parser" -> skipParser = true;
        default -> {
          if (args[i].startsWith("--")) {
            return usage("unknown option " + args[i]);
          } else if (projectDir == null) {
            projectDir = Paths.get(args[i]);
          } else if (packageName == null) {
            packageName = args[i];
          } else {
            return usage("unexpected argument " + args[i]);
          }
        }
      }
    }
    if (packageName == null) {
      return usage(projectDir == null ? "no project folder and no package" : "no package");
    }
    if (!Files.isDirectory(projectDir)) {
      System.err.println("hubspot-apt: " + projectDir + " is not a folder");
      return CANNOT_RUN;
    }
    ImportWriter writer =
        new ImportWriter(into.resolve("src/main/java"), into.resolve("src/main/hubspot"));
    try {
      new ImportRun(
              projectDir,
              projectDir.toString(),
              packageName,
              partial,
              profiles,
              System.out::println)
          .run(skipParser ? null : ImportMain::parse, writer);
      return IMPORTED;
    } catch (ImportException e) {
      System.err.println("hubspot-apt: " + e.getMessage());
      return STOPPED;
    } catch (ParserUnavailableException e) {
      System.err.println(
          "hubspot-apt: "
              + e.getMessage()
              + System.lineSeparator()
              + "The import checks the project with HubSpot's parser first; --skip-parser imports it unchecked.");
      return CANNOT_RUN;
    }
  }

  private static ParserVerdict parse(Path projectDir) throws ParserUnavailableException {
    return ProjectParser.fromSystemProperties(System.err::println).parse(projectDir, null);
  }

  private static int usage(String problem) {
    System.err.println(
        "hubspot-apt: "
            + problem
            + System.lineSeparator()
            + "usage: java -cp <hubspot-apt-maven-plugin"
            + " jar>:<hubspot-apt-annotations jar>:<hubspot-apt-processor jar>:<jackson-core jar>:<javapoet jar> "
            + ImportMain.class.getName()
            + " <projectDir> <package> [--into DIR] [--partial] [--profiles files] [--skip-parser]");
    return CANNOT_RUN;
  }
}
