package io.github.hubspotapt.maven.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
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
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * HubSpot's parser, installed once per machine into a cache folder with {@code npm ci} from the
 * lock file this plugin carries, so every transitive version is the one tested here. The folder is
 * installed under a temporary name and renamed into place whole: builds running side by side never
 * see, or run from, half an install.
 */
public final class ParserInstall {

  /**
   * The exact {@code @hubspot/project-parsing-lib} version of package.json and package-lock.json.
   */
  public static final String PARSER_VERSION = "0.23.0";

  private static final String RESOURCES = "/io/github/hubspotapt/maven/parser/";
  private static final String PACKAGE_JSON = "package.json";
  private static final String LOCK_FILE = "package-lock.json";

  /** Replaces the parser's one server call (see the file itself). */
  private static final String SCHEMAS = "schemas.js";

  static final String RUNNER = "run.mjs";
  private static final String PARSER_DIR = "node_modules/@hubspot/project-parsing-lib";
  private static final String SCHEMAS_TARGET = PARSER_DIR + "/src/lib/schemas.js";

  /** Written last before the rename: a folder without it was not made by a finished install. */
  private static final String READY = ".hubspot-apt-ready";

  private final Path cacheRoot;

  /**
   * @param cacheRoot the folder that holds the installs ({@code -Dhubspot.parserCache})
   */
  public ParserInstall(Path cacheRoot) {
    this.cacheRoot = cacheRoot.toAbsolutePath();
  }

  /**
   * Where the parser goes unless {@code -Dhubspot.parserCache} says otherwise: the user's cache
   * folder ({@code $XDG_CACHE_HOME}, else {@code ~/.cache}), so that every project and every clean
   * build shares it.
   *
   * @return {@code <cache>/hubspot-apt}
   */
  public static Path defaultCacheRoot() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Paths.get(xdg)
            : Paths.get(System.getProperty("user.home"), ".cache");
    return base.resolve("hubspot-apt");
  }

  /**
   * The folder of this install. Keyed by a hash of the lock file, which decides everything npm
   * installs, and of the two scripts that are part of the folder: a plugin whose scripts changed
   * never runs an older copy of them.
   *
   * @return {@code <cacheRoot>/project-parsing-lib-<version>-<hash>}
   */
  public Path folder() {
    return cacheRoot.resolve("project-parsing-lib-" + PARSER_VERSION + "-" + key());
  }

  /**
   * The installed folder, installing it first if this machine does not have it yet.
   *
   * @param runtime the node and npm to install with
   * @param offline {@code mvn -o}: npm may use its own cache only
   * @param log gets the one-time install notice
   * @return the installed folder
   * @throws ParserUnavailableException when npm ci fails or the cache folder cannot be written
   */
  public Path ensure(NodeRuntime runtime, boolean offline, Consumer<String> log)
      throws ParserUnavailableException {
    Path folder = folder();
    if (isReady(folder)) {
      return folder;
    }
    log.accept(
        "Installing HubSpot's project parser "
            + PARSER_VERSION
            + " into "
            + folder
            + " (npm ci, once per machine)");
    Path temp = null;
    try {
      Files.createDirectories(cacheRoot);
      temp = Files.createTempDirectory(cacheRoot, folder.getFileName() + ".installing-");
      for (String name : List.of(PACKAGE_JSON, LOCK_FILE, RUNNER)) {
        Files.write(temp.resolve(name), resource(name));
      }
      npmCi(runtime, temp, offline);
      Path schemas = temp.resolve(SCHEMAS_TARGET);
      if (!Files.isRegularFile(schemas)) {
        throw new ParserUnavailableException(
            "npm ci installed no "
                + SCHEMAS_TARGET
                + " in "
                + temp
                + ": the lock file does not hold @hubspot/project-parsing-lib "
                + PARSER_VERSION);
      }
      Files.write(schemas, resource(SCHEMAS));
      Files.createFile(temp.resolve(READY));
      moveIntoPlace(temp, folder);
      temp = null;
      return folder;
    } catch (IOException e) {
      throw new ParserUnavailableException(
          "could not install HubSpot's project parser into "
              + folder
              + ": "
              + e
              + " (-Dhubspot.parserCache=<folder> puts it elsewhere), "
              + NodeRuntime.HOW_TO_SKIP,
          e);
    } finally {
      if (temp != null) {
        deleteQuietly(temp);
      }
    }
  }

  private static void npmCi(NodeRuntime runtime, Path folder, boolean offline)
      throws ParserUnavailableException, IOException {
    // No package of the lock file has an install script; --ignore-scripts keeps it that way.
    List<String> command =
        new ArrayList<>(
            List.of(
                runtime.npm().toString(),
                "ci",
                "--ignore-scripts",
                "--no-audit",
                "--no-fund",
                "--loglevel=error"));
    if (offline) {
      command.add("--offline"); // mvn -o: only npm's own download cache
    }
    try {
      ProcessOutput out = ProcessOutput.run(runtime.process(command, folder));
      if (out.exitCode() != 0) {
        throw new ParserUnavailableException(
            "npm ci of HubSpot's project parser "
                + PARSER_VERSION
                + " failed (exit "
                + out.exitCode()
                + (offline ? ", offline: npm's cache lacks a package" : "")
                + "):"
                + System.lineSeparator()
                + out.tail(20)
                + System.lineSeparator()
                + NodeRuntime.HOW_TO_SKIP);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParserUnavailableException("interrupted during npm ci", e);
    }
  }

  /**
   * Renames the finished install into place. If another build finished first, its copy is kept (it
   * may be running from it) and this one deleted; a folder left incomplete by some other means is
   * moved aside first.
   */
  private static void moveIntoPlace(Path temp, Path folder) throws IOException {
    if (Files.exists(folder) && !isReady(folder)) {
      Path aside = Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".broken-");
      Files.move(folder, aside.resolve("old"), StandardCopyOption.ATOMIC_MOVE);
      deleteQuietly(aside);
    }
    try {
      Files.move(temp, folder, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      if (!isReady(folder)) {
        throw e;
      }
      deleteQuietly(temp);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "the cache folder's file system cannot rename folders atomically: " + e.getMessage(), e);
    }
  }

  private static boolean isReady(Path folder) {
    return Files.isRegularFile(folder.resolve(READY))
        && Files.isRegularFile(folder.resolve(RUNNER))
        && Files.isRegularFile(folder.resolve(SCHEMAS_TARGET));
  }

  private static String key() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String name : List.of(LOCK_FILE, SCHEMAS, RUNNER)) {
        sha.update(resource(name));
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = ParserInstall.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("the plugin jar lacks " + RESOURCES + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCES + name + " from the plugin jar", e);
    }
  }

  static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // a leftover temporary folder costs disk space only; the next install uses a new name
    }
  }
}
