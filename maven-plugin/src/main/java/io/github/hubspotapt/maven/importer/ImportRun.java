package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.maven.parser.ParserUnavailableException;
import io.github.hubspotapt.maven.parser.ParserVerdict;
import io.github.hubspotapt.processor.layout.ProjectLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One import as the Maven goal and the command line run it: HubSpot's parser first (a project it
 * rejects is not imported), then the import; with findings it stops, listing each, unless {@code
 * partial} is set, then it writes what it can and lists the rest. Writes nothing when it stops.
 * What it wrote it then compiles with hubspot-apt's processor ({@link ProcessorCheck}) and lists
 * HubSpot's config rules that the build of these sources will report; an error among them does not
 * undo the import (the sources are where it is fixed), the output says what it means.
 */
public final class ImportRun {

  private static final String RULES =
      "HubSpot's config rules (hubspot-apt's processor over the written sources)";

  /** HubSpot's parser over the project folder, or none (the user skipped it). */
  public interface ParserCheck {
    ParserVerdict parse(Path projectDir) throws ParserUnavailableException;
  }

  private final Path projectDir;
  private final String where;
  private final String packageName;
  private final boolean partial;
  private final ProfileTarget profiles;
  private final Consumer<String> log;

  /**
   * @param projectDir the folder with hsproject.json
   * @param where the folder as the user should read it (relative to the build's folder)
   * @param packageName the Java package of the sources
   * @param partial write what can be imported and list the rest, instead of stopping
   * @param profiles where the project's hsprofile files go
   * @param log gets what the import did, a line at a time
   */
  public ImportRun(
      Path projectDir,
      String where,
      String packageName,
      boolean partial,
      ProfileTarget profiles,
      Consumer<String> log) {
    this.projectDir = projectDir;
    this.where = where;
    this.packageName = packageName;
    this.partial = partial;
    this.profiles = profiles;
    this.log = log;
  }

  /**
   * @param parser HubSpot's parser, or null to import without it
   * @param writer where the sources and front-end files go
   * @return the findings (empty unless {@code partial})
   * @throws ImportException when the import stopped, having written nothing
   * @throws ParserUnavailableException when HubSpot's parser could not run
   */
  public List<ImportFinding> run(ParserCheck parser, ImportWriter writer)
      throws ImportException, ParserUnavailableException {
    if (!Files.isRegularFile(projectDir.resolve(ProjectLayout.PROJECT_FILE))) {
      throw new ImportException(
          "no "
              + ProjectLayout.PROJECT_FILE
              + " in "
              + where
              + ": name the folder of a HubSpot project");
    }
    if (!packageName.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
      throw new ImportException("\"" + packageName + "\" is not a Java package name");
    }
    if (parser == null) {
      log.accept("HubSpot's project parser skipped: the project is imported unchecked");
    } else {
      ParserVerdict verdict = parser.parse(projectDir);
      if (!verdict.accepted()) {
        throw new ImportException(
            verdict.rejectedMessage(where)
                + System.lineSeparator()
                + "Nothing was imported: fix the project until HubSpot's parser accepts it.");
      }
      log.accept(verdict.acceptedLine(where));
    }
    ImportResult result = new ProjectImport(projectDir, packageName, profiles).read();
    String list =
        result.findings().stream()
            .map(f -> "  " + f)
            .collect(Collectors.joining(System.lineSeparator()));
    if (!result.findings().isEmpty() && !partial) {
      throw new ImportException(
          result.findings().size()
              + " field(s) of "
              + where
              + " cannot be expressed in hubspot-apt's annotations; nothing was written:"
              + System.lineSeparator()
              + list
              + System.lineSeparator()
              + "Set hubspot.import.partial (--partial) to write the rest and list these.");
    }
    List<Path> written = writer.write(result);
    log.accept(
        "Imported "
            + where
            + ": "
            + result.sources().size()
            + " Java source(s), "
            + result.frontendFiles().size()
            + " front-end file(s); "
            + written.size()
            + " file(s) written");
    result
        .skippedMetaFiles()
        .forEach(file -> log.accept("Kept as a front-end file, as it is: " + file));
    result
        .leftBehind()
        .forEach(
            file ->
                log.accept("Not imported (outside srcDir, HubSpot does not upload it): " + file));
    if (!result.findings().isEmpty()) {
      log.accept(
          "Not imported, "
              + result.findings().size()
              + " field(s) the annotations cannot express:"
              + System.lineSeparator()
              + list);
    }
    List<Path> sources =
        written.stream().filter(file -> file.startsWith(writer.javaDir())).toList();
    if (!sources.isEmpty()) {
      reportRules(ProcessorCheck.run(sources, writer.frontendDir()));
    }
    return result.findings();
  }

  /** What the build of the imported sources will say about HubSpot's config rules. */
  private void reportRules(ProcessorCheck.Outcome outcome) {
    if (outcome.notRun() != null) {
      log.accept(
          RULES
              + " not checked: "
              + outcome.notRun()
              + "; the build of the imported sources applies them");
      return;
    }
    if (outcome.reports().isEmpty()) {
      log.accept(RULES + ": the imported sources compile without a finding");
      return;
    }
    log.accept(
        RULES
            + ", as the build of the imported sources will report them ("
            + outcome.counts()
            + "):"
            + System.lineSeparator()
            + outcome.reports().stream()
                .map(report -> "  " + report)
                .collect(Collectors.joining(System.lineSeparator())));
    if (outcome.errors() > 0) {
      log.accept(
          "The imported project breaks rules HubSpot applies on upload, as the original does: the build of"
              + " the imported sources fails until the errors above are fixed in them. The import wrote them all the"
              + " same, and changed no value to satisfy a rule.");
    }
  }
}
