package io.github.hubspotapt.runtime.signature;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * HubSpot's Node SDK ({@code @hubspot/api-client}), installed once per machine with {@code npm ci}
 * from the lock file beside this class into {@code ~/.cache/hubspot-apt/} (as the Maven plugin
 * installs HubSpot's parser), and run as one node process that answers many cases. No node is a
 * test failure that says what to install, never a silent skip: the comparison with HubSpot's own
 * code is what this test is for.
 */
final class HubSpotNodeSdk {

  /**
   * The exact version of package.json and package-lock.json; its engines field asks for Node.js 18.
   */
  static final String VERSION = "13.5.0";

  private static final int MIN_NODE_MAJOR = 18;
  private static final String RESOURCES = "/io/github/hubspotapt/runtime/signature/sdk/";
  private static final List<String> FILES =
      List.of("package.json", "package-lock.json", "signatures.js");
  private static final String READY = ".hubspot-apt-ready";
  private static final Pattern NODE_VERSION = Pattern.compile("v(\\d+)\\.\\d+\\.\\d+\\s*");

  private final Path node;
  private final Path folder;

  private HubSpotNodeSdk(Path node, Path folder) {
    this.node = node;
    this.folder = folder;
  }

  /**
   * Node located ({@code -Dhubspot.node}, else the PATH) and the SDK installed.
   *
   * @throws IllegalStateException with what to do, when node or npm is missing or the install fails
   */
  static HubSpotNodeSdk install() throws IOException, InterruptedException {
    String configured = System.getProperty("hubspot.node", "");
    Path node = configured.isBlank() ? onPath("node") : Paths.get(configured);
    if (node == null || !Files.isExecutable(node)) {
      throw unavailable(
          configured.isBlank()
              ? "no node on the PATH"
              : "hubspot.node is " + configured + ", not an executable file");
    }
    String version = run(new ProcessBuilder(node.toString(), "--version")).strip();
    Matcher parsed = NODE_VERSION.matcher(version);
    if (!parsed.matches() || Integer.parseInt(parsed.group(1)) < MIN_NODE_MAJOR) {
      throw unavailable(node + " is " + version + ", not Node.js " + MIN_NODE_MAJOR + " or later");
    }
    Path npm =
        Files.isExecutable(node.resolveSibling("npm")) ? node.resolveSibling("npm") : onPath("npm");
    if (npm == null) {
      throw unavailable("no npm beside " + node + " nor on the PATH");
    }
    Path folder = cacheRoot().resolve("api-client-" + VERSION + "-" + key());
    if (!Files.isRegularFile(folder.resolve(READY))) {
      npmCi(node, npm, folder);
    }
    return new HubSpotNodeSdk(node, folder);
  }

  /**
   * Runs the SDK over JSON lines, one answer line per case, in order. Cases are written from
   * another thread: node answers while it reads, and a full pipe either way must not stop the
   * other.
   */
  List<String> answer(List<String> cases) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(node.toString(), "signatures.js")
            .directory(folder.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    CompletableFuture<Void> writing =
        CompletableFuture.runAsync(
            () -> {
              try (Writer in =
                  new BufferedWriter(
                      new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8))) {
                for (String line : cases) {
                  in.write(line);
                  in.write('\n');
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    List<String> answers = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        answers.add(line);
      }
    }
    writing.join();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "node signatures.js failed in " + folder + " (see its output above)");
    }
    return answers;
  }

  private static void npmCi(Path node, Path npm, Path folder)
      throws IOException, InterruptedException {
    Files.createDirectories(folder.getParent());
    Path temp =
        Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".installing-");
    try {
      for (String name : FILES) {
        Files.write(temp.resolve(name), resource(name));
      }
      // --prefer-offline: what npm's own cache holds is not downloaded again, so that an offline
      // build (mvn -o) on
      // a machine that installed the SDK once needs no network.
      List<String> command =
          List.of(
              npm.toString(),
              "ci",
              "--prefer-offline",
              "--ignore-scripts",
              "--no-audit",
              "--no-fund",
              "--loglevel=error");
      // npm is a node script (#!/usr/bin/env node): node's folder goes first on its PATH.
      String path = node.toAbsolutePath().getParent() + File.pathSeparator + System.getenv("PATH");
      ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
      builder.environment().put("PATH", path);
      String output = run(builder);
      if (!Files.isDirectory(temp.resolve("node_modules/@hubspot/api-client"))) {
        throw new IllegalStateException(
            "npm ci of @hubspot/api-client " + VERSION + " failed in " + temp + ":\n" + output);
      }
      Files.createFile(temp.resolve(READY));
      try {
        Files.move(temp, folder, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
        if (!Files.isRegularFile(folder.resolve(READY))) {
          throw new IllegalStateException(
              folder + " is left from an install that did not finish: delete it", e);
        }
        // another build installed it first: keep theirs, it may be running from it
      }
    } finally {
      deleteQuietly(temp);
    }
  }

  private static String run(ProcessBuilder builder) throws IOException, InterruptedException {
    Process process = builder.redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    return output;
  }

  private static IllegalStateException unavailable(String why) {
    return new IllegalStateException(
        "The comparison with HubSpot's Node SDK (@hubspot/api-client "
            + VERSION
            + ") needs Node.js "
            + MIN_NODE_MAJOR
            + " or later with npm: "
            + why
            + ". Install Node.js "
            + MIN_NODE_MAJOR
            + "+ with npm (apt-get install nodejs npm, or the installer from nodejs.org), or name the node executable "
            + "with -Dhubspot.node=/path/to/node.");
  }

  /**
   * The user's cache folder ({@code $XDG_CACHE_HOME}, else {@code ~/.cache}), shared by every
   * build.
   */
  private static Path cacheRoot() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Paths.get(xdg)
            : Paths.get(System.getProperty("user.home"), ".cache");
    return base.resolve("hubspot-apt");
  }

  /**
   * A hash of the files that decide the install: a changed lock file or script gets a folder of its
   * own.
   */
  private static String key() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String name : FILES) {
        sha.update(resource(name));
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = HubSpotNodeSdk.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("the test resources lack " + RESOURCES + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path onPath(String name) {
    for (String dir :
        System.getenv().getOrDefault("PATH", "").split(Pattern.quote(File.pathSeparator))) {
      Path candidate = dir.isEmpty() ? null : Paths.get(dir, name);
      if (candidate != null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static void deleteQuietly(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // a leftover temporary folder costs disk space only; the next install uses a new name
    }
  }
}
