package io.github.hubspotapt.maven.parser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The node and npm executables HubSpot's parser runs with: found, and checked to be new enough,
 * once per build.
 */
public final class NodeRuntime {

  /**
   * The oldest Node.js the parser runs on, as it declares ({@code engines: node >=18}). Two of its
   * dependencies in the lock file declare 20 ({@code @hubspot/local-dev-lib} 5.10.3, {@code glob}
   * 13.0.0), which npm only warns about; the parser ran on Debian 12's Node.js 18.20.4 (both
   * example projects accepted, a duplicate uid rejected), and 18 is what {@code apt-get install
   * nodejs} gives there.
   */
  public static final int MIN_NODE_MAJOR = 18;

  /** How to go on without node: named in every "cannot run" message. */
  public static final String HOW_TO_SKIP = "or skip HubSpot's parser with -Dhubspot.validate.skip";

  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)\\s*");
  private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

  private final Path node;
  private final Path npm;
  private final String version;

  private NodeRuntime(Path node, Path npm, String version) {
    this.node = node;
    this.npm = npm;
    this.version = version;
  }

  /**
   * {@code configured}: the node executable the user named ({@code -Dhubspot.node}), or null for
   * {@code node} on the PATH. npm is taken from node's own folder first (where every Node.js
   * install puts it), then from the PATH.
   *
   * @param configured the node executable, or null or blank for {@code node} on the PATH
   * @return node and npm, node checked to be new enough
   * @throws ParserUnavailableException with what to install, when node or npm is missing or node
   *     too old
   */
  public static NodeRuntime locate(String configured) throws ParserUnavailableException {
    Path node;
    if (configured == null || configured.isBlank()) {
      node = onPath(WINDOWS ? "node.exe" : "node");
      if (node == null) {
        throw new ParserUnavailableException(missing("no node on the PATH"));
      }
    } else {
      node = Paths.get(configured).toAbsolutePath();
      if (!Files.isRegularFile(node) || !Files.isExecutable(node)) {
        throw new ParserUnavailableException(
            missing("hubspot.node is " + configured + ", which is not an executable file"));
      }
    }
    String version = version(node);
    Matcher parsed = VERSION.matcher(version);
    if (!parsed.matches()) {
      throw new ParserUnavailableException(
          missing(node + " --version printed \"" + version.strip() + "\", not a Node.js version"));
    }
    if (Integer.parseInt(parsed.group(1)) < MIN_NODE_MAJOR) {
      throw new ParserUnavailableException(
          missing(node + " is Node.js " + version.strip() + ", too old"));
    }
    Path npm = npmBeside(node);
    if (npm == null) {
      throw new ParserUnavailableException(
          "HubSpot's project parser is installed with npm, and there is no npm beside "
              + node
              + " nor on the PATH: install npm (it comes with Node.js "
              + MIN_NODE_MAJOR
              + "+), "
              + HOW_TO_SKIP);
    }
    return new NodeRuntime(node, npm, version.strip());
  }

  private static String missing(String what) {
    return "HubSpot's project parser needs Node.js "
        + MIN_NODE_MAJOR
        + " or later and npm: "
        + what
        + ". Install Node.js "
        + MIN_NODE_MAJOR
        + "+ with npm (e.g. apt-get install nodejs npm, or the installer "
        + "from nodejs.org), name the node executable with -Dhubspot.node=/path/to/node, "
        + HOW_TO_SKIP;
  }

  /**
   * @return the node executable
   */
  public Path node() {
    return node;
  }

  /**
   * @return the npm executable
   */
  public Path npm() {
    return npm;
  }

  /**
   * @return the version as node prints it, e.g. {@code v20.20.2}
   */
  public String version() {
    return version;
  }

  /**
   * A process of this runtime: node's folder goes first on the PATH, since npm is itself a node
   * script ({@code #!/usr/bin/env node}) and must not find another node.
   */
  ProcessBuilder process(List<String> command, Path workingDir) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
    Map<String, String> env = builder.environment();
    String pathKey =
        env.keySet().stream().filter(k -> k.equalsIgnoreCase("PATH")).findFirst().orElse("PATH");
    String path = env.get(pathKey);
    String nodeDir = node.getParent().toString();
    env.put(
        pathKey, path == null || path.isEmpty() ? nodeDir : nodeDir + File.pathSeparator + path);
    return builder;
  }

  private static String version(Path node) throws ParserUnavailableException {
    try {
      Process process =
          new ProcessBuilder(node.toString(), "--version").redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ParserUnavailableException(
          missing(node + " cannot be started (" + e.getMessage() + ")"), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParserUnavailableException(
          "interrupted while asking " + node + " for its version", e);
    }
  }

  private static Path npmBeside(Path node) {
    List<Path> folders = new ArrayList<>();
    folders.add(node.getParent());
    try {
      folders.add(node.toRealPath().getParent());
    } catch (IOException e) {
      // the path as given is all there is
    }
    for (Path folder : folders) {
      Path npm = folder.resolve(WINDOWS ? "npm.cmd" : "npm");
      if (Files.isExecutable(npm)) {
        return npm;
      }
    }
    return onPath(WINDOWS ? "npm.cmd" : "npm");
  }

  private static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String folder : path.split(Pattern.quote(File.pathSeparator))) {
      if (folder.isEmpty()) {
        continue;
      }
      Path candidate = Paths.get(folder, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
