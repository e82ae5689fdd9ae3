package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.processor.layout.ProjectLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a HubSpot project folder (the one with {@code hsproject.json}) into annotated Java sources:
 * each {@code *-hsmeta.json} in a folder HubSpot's parser reads goes to the importer of its type,
 * every other file of the source folder (a metafile the parser skips too, {@link ParserFolders}) is
 * a front-end file, each {@code hsprofile.<name>.json} directly in it a {@code @Profile} of the app
 * (or a front-end file, {@link ProfileTarget#FILES}), and every key that no importer read is a
 * {@link ImportFinding}. Writes nothing.
 */
public final class ProjectImport {

  private static final String HSPROJECT = ProjectLayout.PROJECT_FILE;
  private static final String COMPONENT_SUFFIX = ProjectLayout.METAFILE_SUFFIX;

  /** HubSpot's CLI's pattern for a profile, directly in srcDir (no slash in the name). */
  private static final Pattern PROFILE = ProjectLayout.PROFILE_FILE;

  /**
   * What the processor takes for a profile in the front-end folder, and refuses unless it is one
   * (HS-PROFILE-NAME).
   */
  private static final Pattern PROFILE_LIKE = ProjectLayout.PROFILE_FILE_LIKE;

  private final Path projectDir;
  private final String packageName;
  private final ProfileTarget profiles;

  /**
   * @param projectDir the folder with hsproject.json
   * @param packageName the Java package of the sources
   * @param profiles where the profiles go
   */
  public ProjectImport(Path projectDir, String packageName, ProfileTarget profiles) {
    this.projectDir = projectDir;
    this.packageName = packageName;
    this.profiles = profiles;
  }

  /**
   * @return the sources, front-end files and findings
   * @throws ImportException when hsproject.json or a component file cannot be read
   */
  public ImportResult read() throws ImportException {
    JsonFields project = object(HSPROJECT, projectDir.resolve(HSPROJECT));
    String srcDir = project.has("srcDir") ? String.valueOf(project.raw("srcDir")) : "src";
    Path sources = projectDir.resolve(srcDir).normalize();
    if (!sources.startsWith(projectDir.normalize())) {
      throw new ImportException(
          "hsproject.json's srcDir \"" + srcDir + "\" is outside " + projectDir);
    }
    String platformVersion =
        project.has("platformVersion") ? String.valueOf(project.raw("platformVersion")) : "";
    ImportContext context = new ImportContext(packageName, platformVersion);
    ComponentImporters importers = new ComponentImporters(project);
    List<String> frontend = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<ComponentJsonFile> components = new ArrayList<>();
    Map<String, Path> profileFiles = new LinkedHashMap<>();
    for (Path file : Files.isDirectory(sources) ? files(sources) : List.<Path>of()) {
      String relative = relative(sources, file);
      String display = srcDir + "/" + relative;
      String folder =
          relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/')) : "";
      if (relative.endsWith(COMPONENT_SUFFIX) && !ParserFolders.isRead(folder)) {
        // HubSpot ignores it, so it is kept as it is: read as a component it could stop the import
        // or not compile.
        frontend.add(relative);
        skipped.add(display + " (" + ParserFolders.skipReason(folder) + ")");
      } else if (relative.endsWith(COMPONENT_SUFFIX)) {
        components.add(component(display, object(display, file)));
      } else if (PROFILE.matcher(relative).matches() && profiles == ProfileTarget.ANNOTATIONS) {
        profileFiles.put(display, file);
      } else if (PROFILE_LIKE.matcher(relative).matches() && !PROFILE.matcher(relative).matches()) {
        context.report(
            new ImportFinding(
                display,
                "",
                "HubSpot's CLI takes no file of this name for a profile"
                    + " (hsprofile.<name>.json, <name> without dots), and the processor refuses it in the front-end folder"
                    + " (HS-PROFILE-NAME)"));
      } else {
        frontend.add(relative);
      }
    }
    components.sort(
        Comparator.comparingInt((ComponentJsonFile c) -> importers.order(c.type()))
            .thenComparing(ComponentJsonFile::path));
    boolean hasApp = components.stream().anyMatch(c -> ComponentImporters.isApp(c.type()));
    if (!hasApp) {
      context.report(
          new ImportFinding(
              HSPROJECT,
              "",
              "the project has no app component ("
                  + srcDir
                  + "/app/app-hsmeta.json); @HubSpotApp writes hsproject.json with it"));
    }
    List<ImportFinding> unread = new ArrayList<>();
    for (Map.Entry<String, Path> profile : profileFiles.entrySet()) {
      if (hasApp) {
        unread.addAll(
            readProfile(profile.getKey(), object(profile.getKey(), profile.getValue()), context));
      } else {
        context.report(
            new ImportFinding(
                profile.getKey(),
                "",
                "no app component whose @HubSpotApp class would carry its" + " @Profile"));
      }
    }
    for (ComponentJsonFile component : components) {
      Optional<ComponentImporter> importer = importers.of(component.type());
      if (importer.isPresent()) {
        importer.get().read(component, context);
        unread.addAll(component.root().unread());
      } else {
        // One finding for the whole file: none of its keys has a member to go to.
        context.report(
            new ImportFinding(
                component.path(),
                "/type",
                "hubspot-apt has no annotation for component type \""
                    + component.type()
                    + "\" yet"));
      }
    }
    List<ImportFinding> findings = new ArrayList<>(context.findings());
    if (hasApp) {
      findings.addAll(project.unread());
    }
    findings.addAll(unread);
    return new ImportResult(
        sources,
        context.sources(),
        List.copyOf(frontend),
        List.copyOf(skipped),
        List.copyOf(findings),
        leftBehind(sources));
  }

  /**
   * The profile goes to the context, for the app's class; returns what the file holds that it
   * cannot express.
   */
  private static List<ImportFinding> readProfile(
      String display, JsonFields file, ImportContext context) {
    String name = display.substring(display.lastIndexOf('/') + 1);
    Matcher profile = PROFILE.matcher(name);
    profile.matches();
    ProfileImporter.read(profile.group(1), file).ifPresent(context::profile);
    return file.unread();
  }

  /**
   * uid, type and config; the importers read {@code permissions} ({@link ComponentAnnotation});
   * anything else is left unread, so reported.
   */
  private static ComponentJsonFile component(String display, JsonFields root) {
    String uid = root.string("uid");
    String type = root.string("type");
    JsonFields config =
        root.object("config").orElseGet(() -> new JsonFields(display, "/config", Map.of()));
    return new ComponentJsonFile(
        display, uid == null ? "" : uid, type == null ? "" : type, root, config);
  }

  private static JsonFields object(String display, Path file) throws ImportException {
    Object value;
    try {
      value = JsonValues.read(file);
    } catch (IOException e) {
      throw new ImportException("cannot read " + display + ": " + e.getMessage(), e);
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new ImportException(display + " is not a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) map;
    return new JsonFields(display, "", values);
  }

  /** The files of the source folder, {@code node_modules} left out as npm installs it again. */
  private static List<Path> files(Path sources) throws ImportException {
    try (Stream<Path> walk = Files.walk(sources)) {
      return walk.filter(Files::isRegularFile)
          .filter(
              file ->
                  !sources
                      .relativize(file)
                      .toString()
                      .replace('\\', '/')
                      .matches("(.*/)?node_modules/.*"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ImportException("cannot list " + sources + ": " + e.getMessage(), e);
    }
  }

  /**
   * Files beside the source folder other than hsproject.json (a README, .gitignore): HubSpot does
   * not upload them.
   */
  private List<String> leftBehind(Path sources) throws ImportException {
    try (Stream<Path> walk = Files.walk(projectDir)) {
      return walk.filter(Files::isRegularFile)
          .filter(file -> !file.normalize().startsWith(sources))
          .map(file -> relative(projectDir, file))
          .filter(name -> !name.equals(HSPROJECT) && !name.matches("(.*/)?node_modules/.*"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ImportException("cannot list " + projectDir + ": " + e.getMessage(), e);
    }
  }

  private static String relative(Path base, Path file) {
    return base.relativize(file).toString().replace('\\', '/');
  }
}
