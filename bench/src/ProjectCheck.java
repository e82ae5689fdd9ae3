import io.github.hubspotapt.processor.write.FilerWriter;
import io.github.hubspotapt.processor.write.GeneratedFiles;
import io.github.hubspotapt.processor.layout.ProjectManifest;
import io.github.hubspotapt.processor.layout.ProjectLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a hubspot-apt run: exit 0, the processor's note, no diagnostics, and the project it wrote. The file names are
 * the processor's own: its list of generated files ({@link GeneratedFiles#PATH} in the generated-sources folder)
 * must match the files under {@link FilerWriter#ROOT} there (and in {@code -Ahubspot.projectDir}, and any
 * {@link ProjectManifest#FILE_NAME} beside them), and counted by their {@code type}, the files must be the ones
 * the size holds: one hsproject.json, one app file, and {@link Size#expectedTypes} per kind. The constants are
 * compiled in from the processor jar, so a renamed list or folder breaks the benchmark's build, not its counts.
 */
final class ProjectCheck {

  /** The top-level {@code "type"} member: two spaces in, as the processor writes JSON.stringify's layout. */
  private static final Pattern TYPE = Pattern.compile("^  \"type\": \"([^\"]*)\"", Pattern.MULTILINE);

  private final Size size;
  private final List<String> failures;

  ProjectCheck(Size size, List<String> failures) {
    this.size = size;
    this.failures = failures;
  }

  /**
   * Checks {@code run}, whose generated sources are in {@code gen} and, if not null, whose project folder is
   * {@code projectDir}; returns the number of files written under {@code gen}.
   */
  int check(Run run, Path gen, Path projectDir) throws IOException {
    String where = "size " + size.id() + ", hubspot-apt: ";
    if (!run.ok()) {
      failures.add(where + "javac exit " + run.exitCode() + "\n" + run.output());
      return 0;
    }
    if (run.processorMs() < 0) {
      failures.add(where + "no \"hubspot-apt: ... ms in the processor\" note in javac's output\n" + run.output());
    }
    if (run.output().contains("warning:") || run.output().contains("error:")) {
      failures.add(where + "javac reported diagnostics\n" + run.output());
    }
    return project(where, gen, projectDir);
  }

  /**
   * Checks the project the last hubspot-apt run left in {@code gen} (and {@code projectDir}, if not null), as
   * {@link #check} does after a forked javac; {@code where} names the runs in a failure. Returns the files' count.
   */
  int project(String where, Path gen, Path projectDir) throws IOException {
    Path list = gen.resolve(GeneratedFiles.PATH);
    if (!Files.isRegularFile(list)) {
      failures.add(where + "no list of generated files " + list);
      return 0;
    }
    List<String> listed = lines(list);
    Path generated = gen.resolve(FilerWriter.ROOT);
    List<String> files = sameAsListed(where, generated, listed);
    if (projectDir != null) {
      sameAsListed(where, projectDir, listed);
    }
    countTypes(where, generated, listed);
    return files.size();
  }

  /** The files under {@code root} but its manifest, which must be the listed ones; and its manifest, if any, too. */
  private List<String> sameAsListed(String where, Path root, List<String> listed) throws IOException {
    List<String> files = listFiles(root).stream().filter(f -> !f.equals(ProjectManifest.FILE_NAME)).toList();
    if (!files.equals(listed)) {
      List<String> missing = listed.stream().filter(f -> !files.contains(f)).limit(5).toList();
      List<String> extra = files.stream().filter(f -> !listed.contains(f)).limit(5).toList();
      failures.add(where + "wrote " + files.size() + " files under " + root + ", the processor lists " + listed.size()
          + " in " + GeneratedFiles.PATH + "; missing (first 5): " + missing + "; unlisted (first 5): " + extra);
    }
    Path manifest = root.resolve(ProjectManifest.FILE_NAME);
    if (Files.isRegularFile(manifest) && !lines(manifest).equals(listed)) {
      failures.add(where + manifest + " does not list the files of " + GeneratedFiles.PATH);
    }
    return files;
  }

  /** One project file, and per {@code type} the files the size's components make. */
  private void countTypes(String where, Path root, List<String> listed) throws IOException {
    int projectFiles = 0;
    Map<String, Integer> byType = new TreeMap<>();
    for (String file : listed) {
      if (file.equals(ProjectLayout.PROJECT_FILE)) {
        projectFiles++;
        continue;
      }
      Path path = root.resolve(file);
      Matcher type = TYPE.matcher(Files.isRegularFile(path) ? Files.readString(path) : "");
      byType.merge(type.find() ? type.group(1) : "(no type)", 1, Integer::sum);
    }
    if (projectFiles != 1 || !byType.equals(size.expectedTypes())) {
      failures.add(where + "wrote " + projectFiles + " " + ProjectLayout.PROJECT_FILE + " and files of types "
          + byType + ", expected 1 and " + size.expectedTypes());
    }
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(String::strip).sorted().toList();
  }

  static List<String> listFiles(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    }
  }
}
