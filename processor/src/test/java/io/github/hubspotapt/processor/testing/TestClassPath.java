package io.github.hubspotapt.processor.testing;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The class path of the tests' compilations, with or without hubspot-apt-runtime: the processor
 * generates run-time code only where a compilation sees that artifact, so every test compiles
 * without it, as a user without it does, unless it asks. The tests themselves have it, to call the
 * code generated where they ask.
 */
public final class TestClassPath {

  private TestClassPath() {}

  /** The tests' class path entries; the run-time artifact's only when {@code runtime}. */
  public static List<File> entries(boolean runtime) {
    List<File> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (runtime || !isRuntime(entry)) {
        entries.add(new File(entry));
      }
    }
    return entries;
  }

  /** {@link #entries} as a {@code -classpath} value. */
  public static String value(boolean runtime) {
    return String.join(File.pathSeparator, entries(runtime).stream().map(File::getPath).toList());
  }

  /**
   * The run-time module as the reactor hands it over: its classes ({@code runtime/target/classes})
   * or its jar ({@code hubspot-apt-runtime-<version>.jar}, in {@code runtime/target/} or a
   * repository).
   */
  private static boolean isRuntime(String entry) {
    String path = entry.replace(File.separatorChar, '/');
    String name = path.substring(path.lastIndexOf('/') + 1);
    return path.endsWith("/runtime/target/classes")
        || name.matches("hubspot-apt-runtime-\\d.*\\.jar");
  }
}
