package io.github.hubspotapt.processor;

import io.github.hubspotapt.processor.cache.ModelCacheStep;
import io.github.hubspotapt.processor.cache.ProjectDelta;
import io.github.hubspotapt.processor.component.ComponentConfigs;
import io.github.hubspotapt.processor.component.Components;
import io.github.hubspotapt.processor.component.ProjectReader;
import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.frontend.HsProfileFile;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.TypeModel;
import io.github.hubspotapt.processor.read.ReadLog;
import io.github.hubspotapt.processor.rules.Rules;
import io.github.hubspotapt.processor.write.HubSpotJson;
import io.github.hubspotapt.processor.write.ProfileFiles;
import io.github.hubspotapt.processor.write.ProjectFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.lang.model.element.Element;

/**
 * The project built from every annotated type's model: assembled, checked by the rules of its
 * components, and, only if nothing is wrong, rendered and written. A class of its own, apart from
 * the processor's rounds, so that a compilation that reports the previous result again loads none
 * of it: the JVM loads the types a class hands on when it verifies the class, and in a build tool's
 * new class loader each class costs a load per compilation (bench/warm-jvm.md).
 */
final class ProjectBuild {

  private final Diagnostics diagnostics;
  private final ProjectOutput output;
  private final PhaseTimes times;

  /** The front-end folder; null when none is configured. */
  private final FrontendFolder frontend;

  /** -Ahubspot.verbose: notes what a partial compilation did not do again. */
  private final boolean verbose;

  ProjectBuild(
      Diagnostics diagnostics,
      ProjectOutput output,
      PhaseTimes times,
      FrontendFolder frontend,
      boolean verbose) {
    this.diagnostics = diagnostics;
    this.output = output;
    this.times = times;
    this.frontend = frontend;
    this.verbose = verbose;
  }

  /**
   * Checks the project of {@code models} and writes it.
   *
   * @param log what reading the models noted
   * @param writable nothing besides the models keeps the project from being written: every name
   *     resolved and the compiler raised no error
   * @param origins the annotated types, the written files' originating elements
   */
  void build(
      SortedMap<String, TypeModel> models,
      ReadLog log,
      boolean writable,
      Element[] origins,
      ModelCacheStep modelCache) {
    HubSpotProject project = ProjectReader.assemble(models.values(), log);
    // The @Profiles, then the hand-written profile files. The project's @Profiles are read with
    // their types, so that a partial compilation has those of the types it did not compile from
    // the model cache.
    List<Profile> profiles = new ArrayList<>(project.profiles());
    if (frontend != null) {
      profiles.addAll(HsProfileFile.read(frontend));
    }
    times.start("rules");
    diagnostics.record();
    ProjectDelta delta = modelCache.delta();
    Rules rules = Rules.forProject(Components.rules(project), frontend);
    if (delta != null && !project.placeholders()) {
      rules.reusing(delta.changed(), delta.previousFindings());
    }
    rules.check(project, profiles, diagnostics);
    if (delta != null && verbose) {
      diagnostics.note(
          "hubspot-apt: only the features of "
              + delta.changed()
              + " changed since the previous compilation: "
              + rules.left()
              + " reach none of them and reported nothing before, and did not run");
    }
    App app = project.app();
    if (app == null || !project.complete() || diagnostics.hasErrors() || !writable) {
      return;
    }
    times.start("render");
    SortedMap<String, byte[]> files = projectFiles(app, project, profiles, delta);
    if (delta != null && verbose) {
      noteFilesLeft(files);
    }
    times.start("write");
    output.write(app, files, origins);
    modelCache.keep(diagnostics.recorded(), () -> output.onDisk(files.keySet()));
  }

  private void noteFilesLeft(SortedMap<String, byte[]> files) {
    int left = 0;
    for (byte[] content : files.values()) {
      if (content == null) {
        left++;
      }
    }
    diagnostics.note(
        "hubspot-apt: "
            + left
            + " of the project's "
            + files.size()
            + " files are left as the previous compilation wrote them");
  }

  /**
   * The generated files, and the user's front-end files beside them (the rules made sure that none
   * has the path of a generated one). With a {@code delta} (else null), a file the previous
   * compilation wrote the same maps to null, and is left as it is on disk: the front-end files and
   * the profiles' files (the options, front-end files, app and profiles are the previous ones), and
   * the files {@link ProjectFiles#render} leaves out.
   */
  private SortedMap<String, byte[]> projectFiles(
      App app, HubSpotProject project, List<Profile> profiles, ProjectDelta delta) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    if (frontend != null && delta == null) {
      for (Map.Entry<String, byte[]> file : frontend.files().entrySet()) {
        files.put(ProjectFiles.inSrcDir(app, file.getKey()), file.getValue());
      }
    } else if (frontend != null) {
      for (String path : frontend.paths().keySet()) {
        files.put(ProjectFiles.inSrcDir(app, path), null);
      }
    }
    HubSpotJson json = new HubSpotJson();
    ProjectFiles projectFiles = new ProjectFiles(json, new ComponentConfigs());
    files.putAll(
        delta == null
            ? projectFiles.render(app, project)
            : projectFiles.render(app, project, delta.previousFeatures(), delta.changed()));
    for (Map.Entry<String, byte[]> file : new ProfileFiles(json).render(app, profiles).entrySet()) {
      files.put(file.getKey(), delta == null ? file.getValue() : null);
    }
    return files;
  }
}
