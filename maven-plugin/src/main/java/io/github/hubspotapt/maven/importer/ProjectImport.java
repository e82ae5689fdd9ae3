package io.github.hubspotapt.maven.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a HubSpot project folder (the one with {@code hsproject.json}) into annotated Java sources: each
 * {@code *-hsmeta.json} of its source folder goes to the importer of its type, every other file of the source
 * folder is a front-end file, and every key that no importer read is a {@link Finding}. Writes nothing.
 */
public final class ProjectImport {

  private static final String HSPROJECT = "hsproject.json";
  private static final String COMPONENT_SUFFIX = "-hsmeta.json";
  private static final Pattern PROFILE = Pattern.compile("hsprofile\\.[^.]+\\.json");

  private final Path projectDir;
  private final String packageName;

  /**
   * @param projectDir the folder with hsproject.json
   * @param packageName the Java package of the sources
   */
  public ProjectImport(Path projectDir, String packageName) {
    this.projectDir = projectDir;
    this.packageName = packageName;
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
      throw new ImportException("hsproject.json's srcDir \"" + srcDir + "\" is outside " + projectDir);
    }
    String platformVersion = project.has("platformVersion") ? String.valueOf(project.raw("platformVersion")) : "";
    ImportContext context = new ImportContext(packageName, platformVersion);
    ComponentImporters importers = new ComponentImporters(project);
    List<String> frontend = new ArrayList<>();
    List<ComponentFile> components = new ArrayList<>();
    for (Path file : Files.isDirectory(sources) ? files(sources) : List.<Path>of()) {
      String relative = relative(sources, file);
      String display = srcDir + "/" + relative;
      if (relative.endsWith(COMPONENT_SUFFIX)) {
        components.add(component(display, object(display, file)));
      } else if (PROFILE.matcher(relative).matches()) {
        context.report(new Finding(display, "", "profiles: " + Pending.MEMBER + " (@Profile)"));
      } else {
        frontend.add(relative);
      }
    }
    components.sort(Comparator.comparingInt((ComponentFile c) -> importers.order(c.type()))
        .thenComparing(ComponentFile::path));
    boolean hasApp = components.stream().anyMatch(c -> "app".equals(c.type()));
    if (!hasApp) {
      context.report(new Finding(HSPROJECT, "", "the project has no app component (" + srcDir
          + "/app/app-hsmeta.json); @HubSpotApp writes hsproject.json with it"));
    }
    List<Finding> unread = new ArrayList<>();
    for (ComponentFile component : components) {
      Optional<ComponentImporter> importer = importers.of(component.type());
      if (importer.isPresent()) {
        importer.get().read(component, context);
        unread.addAll(component.root().unread());
      } else {
        // One finding for the whole file: none of its keys has a member to go to.
        context.report(new Finding(component.path(), "/type", "hubspot-apt has no annotation for component type \""
            + component.type() + "\" yet"));
      }
    }
    List<Finding> findings = new ArrayList<>(context.findings());
    if (hasApp) {
      findings.addAll(project.unread());
    }
    findings.addAll(unread);
    return new ImportResult(sources, context.sources(), List.copyOf(frontend), List.copyOf(findings),
        leftBehind(sources));
  }

  /**
   * uid, type and config; the importers read {@code permissions} ({@link ComponentAnnotation}); anything else is
   * left unread, so reported.
   */
  private static ComponentFile component(String display, JsonFields root) {
    String uid = root.string("uid");
    String type = root.string("type");
    JsonFields config = root.object("config").orElseGet(() -> new JsonFields(display, "/config", Map.of()));
    return new ComponentFile(display, uid == null ? "" : uid, type == null ? "" : type, root, config);
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
          .filter(file -> !sources.relativize(file).toString().replace('\\', '/').matches("(.*/)?node_modules/.*"))
          .sorted().toList();
    } catch (IOException e) {
      throw new ImportException("cannot list " + sources + ": " + e.getMessage(), e);
    }
  }

  /** Files beside the source folder other than hsproject.json (a README, .gitignore): HubSpot does not upload them. */
  private List<String> leftBehind(Path sources) throws ImportException {
    try (Stream<Path> walk = Files.walk(projectDir)) {
      return walk.filter(Files::isRegularFile)
          .filter(file -> !file.normalize().startsWith(sources))
          .map(file -> relative(projectDir, file))
          .filter(name -> !name.equals(HSPROJECT) && !name.matches("(.*/)?node_modules/.*"))
          .sorted().toList();
    } catch (IOException e) {
      throw new ImportException("cannot list " + projectDir + ": " + e.getMessage(), e);
    }
  }

  private static String relative(Path base, Path file) {
    return base.relativize(file).toString().replace('\\', '/');
  }
}
