package io.github.hubspotapt.maven.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs HubSpot's own project parser ({@code @hubspot/project-parsing-lib}, the code behind {@code
 * hs project upload} and {@code hs project validate}) over a project folder, offline. Plain Java,
 * so that the Maven goal, the command line ({@link ProjectParserMain}) and the benchmark share it.
 */
public final class ProjectParser {

  private final NodeRuntime runtime;
  private final ParserInstall install;
  private final boolean offline;
  private final Consumer<String> log;

  /**
   * @param runtime the node (and npm) to run with
   * @param install where the parser is, or goes
   * @param offline {@code mvn -o}: npm may use its own cache only
   * @param log gets the one-time install notice
   */
  public ProjectParser(
      NodeRuntime runtime, ParserInstall install, boolean offline, Consumer<String> log) {
    this.runtime = runtime;
    this.install = install;
    this.offline = offline;
    this.log = log;
  }

  /**
   * The parser with the node of {@code node} (null: {@code node} on the PATH), installed below
   * {@code parserCache} (null: {@link ParserInstall#defaultCacheRoot()}).
   *
   * @throws ParserUnavailableException when there is no usable node
   */
  public static ProjectParser locate(
      String node, Path parserCache, boolean offline, Consumer<String> log)
      throws ParserUnavailableException {
    return new ProjectParser(
        NodeRuntime.locate(node),
        new ParserInstall(parserCache == null ? ParserInstall.defaultCacheRoot() : parserCache),
        offline,
        log);
  }

  /**
   * The parser as the command-line entry points configure it, from the system properties {@code
   * hubspot.node} and {@code hubspot.parserCache} (either unset or blank: the default), never
   * offline.
   *
   * @throws ParserUnavailableException when there is no usable node
   */
  public static ProjectParser fromSystemProperties(Consumer<String> log)
      throws ParserUnavailableException {
    String cache = System.getProperty("hubspot.parserCache");
    return locate(
        System.getProperty("hubspot.node"),
        cache == null || cache.isBlank() ? null : Paths.get(cache),
        false,
        log);
  }

  /**
   * Parses one project folder, installing the parser first if needed.
   *
   * @param projectDir the folder with hsproject.json
   * @param profile an {@code hsprofile.<profile>.json} of the source folder to apply, as {@code
   *     --profile}; or null
   * @return accepted or rejected
   * @throws ParserUnavailableException when the parser could not run to a verdict
   */
  public ParserVerdict parse(Path projectDir, String profile) throws ParserUnavailableException {
    Path installed = install.ensure(runtime, offline, log);
    Path verdictFile = null;
    try {
      verdictFile = Files.createTempFile("hubspot-apt-parser", ".verdict");
      List<String> command =
          new ArrayList<>(
              List.of(
                  runtime.node().toString(),
                  ParserInstall.RUNNER,
                  projectDir.toAbsolutePath().toString(),
                  verdictFile.toString()));
      if (profile != null && !profile.isBlank()) {
        command.add(profile);
      }
      ProcessOutput out = ProcessOutput.run(runtime.process(command, installed));
      String verdict = Files.readString(verdictFile, StandardCharsets.UTF_8);
      if (out.exitCode() != 0 || verdict.isEmpty()) {
        throw new ParserUnavailableException(
            "HubSpot's project parser did not run to a verdict (node exit "
                + out.exitCode()
                + "):"
                + System.lineSeparator()
                + out.tail(20));
      }
      return ParserVerdict.parse(verdict);
    } catch (IOException e) {
      throw new ParserUnavailableException(
          "could not run HubSpot's project parser with " + runtime.node() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParserUnavailableException("interrupted while HubSpot's project parser ran", e);
    } finally {
      if (verdictFile != null) {
        try {
          Files.deleteIfExists(verdictFile);
        } catch (IOException e) {
          // a temporary file of a few bytes
        }
      }
    }
  }
}
