package io.github.hubspotapt.maven.importer;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Real javac with hubspot-apt's processor (from the test class path) over imported sources, writing
 * the project to a folder, as a user's build does with {@code -Ahubspot.projectDir}.
 */
final class ProcessorCompiler {

  /** What javac said, and whether it compiled. */
  record Result(boolean success, String output) {}

  private ProcessorCompiler() {}

  /**
   * @param javaDir the sources
   * @param frontendDir the front-end folder, or null when there are no front-end files
   * @param projectDir where the processor writes the project
   * @param work a folder for classes and generated sources
   */
  static Result compile(Path javaDir, Path frontendDir, Path projectDir, Path work)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(javaDir)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path generated = Files.createDirectories(work.resolve("generated"));
    String classPath = System.getProperty("java.class.path");
    List<String> options =
        new ArrayList<>(
            List.of(
                "-proc:full",
                "-processor",
                "io.github.hubspotapt.processor.HubSpotProcessor",
                "-processorpath",
                classPath,
                "-classpath",
                classPath,
                "-d",
                classes.toString(),
                "-s",
                generated.toString(),
                "-Xlint:all",
                "-Ahubspot.projectDir=" + projectDir.toAbsolutePath()));
    if (frontendDir == null) {
      // Without front-end files neither the entrypoints nor the functions' package.json are there:
      // the vendored templates keep only their *-hsmeta.json files.
      options.add("-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE");
      options.add("-Ahubspot.severity.HS_FUNCTION_PACKAGE_JSON=NONE");
    } else {
      options.add("-Ahubspot.frontendDir=" + frontendDir.toAbsolutePath());
    }
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      boolean success =
          javac
              .getTask(
                  output, files, null, options, null, files.getJavaFileObjectsFromPaths(sources))
              .call();
      return new Result(success, output.toString());
    }
  }
}
