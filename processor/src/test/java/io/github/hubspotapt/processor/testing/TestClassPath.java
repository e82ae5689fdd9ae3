package io.github.hubspotapt.processor.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tests' class path, with or without hubspot-apt-runtime: the processor generates run-time code only where the
 * compilation sees that artifact, so every test compiles without it, as a user without it does, unless it asks. The
 * artifact is kept off the tests' own class path (surefire's classpathDependencyExcludes) and added from the
 * reactor's build of it ({@code hubspot.runtime.classes}).
 */
public final class TestClassPath {

  private TestClassPath() {}

  /** The class path entries, with the run-time artifact's classes when {@code runtime}. */
  public static List<File> entries(boolean runtime) {
    List<File> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(new File(entry));
    }
    if (runtime) {
      Path classes = Path.of(System.getProperty("hubspot.runtime.classes", "../runtime/target/classes"));
      if (!Files.isDirectory(classes.resolve("io/github/hubspotapt/runtime"))) {
        throw new IllegalStateException("hubspot-apt-runtime is not compiled at " + classes.toAbsolutePath()
            + ": build the reactor (mvn -pl processor -am ...)");
      }
      entries.add(classes.toFile());
    }
    return entries;
  }
}
