package io.github.hubspotapt.processor;

import io.github.hubspotapt.processor.cache.ModelCacheStep;
import io.github.hubspotapt.processor.cache.ProjectDelta;
import io.github.hubspotapt.processor.cache.ProjectPaths;
import io.github.hubspotapt.processor.component.ComponentConfigs;
import io.github.hubspotapt.processor.component.Components;
import io.github.hubspotapt.processor.component.ProjectReader;
import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.frontend.HsProfileFile;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.TypeModel;
import io.github.hubspotapt.processor.read.ReadLog;
import io.github.hubspotapt.processor.rules.Rules;
import io.github.hubspotapt.processor.write.HubSpotJson;
import io.github.hubspotapt.processor.write.ProfileFiles;
import io.github.hubspotapt.processor.write.ProjectFiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    Rules rules =
        Rules.forProject(
            delta == null
                ? Components.rules(Components.declared(project))
                : Components.rules(delta.declared(), delta.changed()),
            frontend);
    if (delta != null) {
      // A delta means that no value uses a profile variable: the rules run once, on the project as
      // written.
      rules.reusing(delta.changed(), delta.previous().findings());
    }
    rules.check(project, profiles, diagnostics);
    if (delta != null && verbose) {
      diagnostics.note(
          "hubspot-apt: only the features of "
              + delta.changed()
              + " changed since the previous compilation: the rules of "
              + rules.ran()
              + " ran, no other group of rules reaching them or having reported anything before");
      diagnostics.note(
          "hubspot-apt: "
              + modelCache.notDecoded()
              + " of the "
              + modelCache.typesKept()
              + " types kept from the previous compilation were not decoded, the change reaching"
              + " none of their features");
    }
    App app = project.app();
    if (app == null || !project.complete() || diagnostics.hasErrors() || !writable) {
      return;
    }
    times.start("render");
    SortedMap<String, byte[]> files;
    ProjectPaths paths;
    if (delta == null) {
      List<String> featurePaths = ProjectFiles.featurePaths(app, project.features());
      files = projectFiles(app, project, profiles, featurePaths);
      paths =
          ProjectPaths.of(
              List.copyOf(files.keySet()), byType(models, project.features(), featurePaths));
    } else {
      files = changedFiles(app, project, models, delta);
      paths = delta.previous().paths();
      if (verbose) {
        noteFilesLeft(files);
      }
    }
    times.start("write");
    output.write(app, files, origins);
    modelCache.keep(diagnostics.recorded(), () -> output.onDisk(files.keySet()), paths);
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
   * has the path of a generated one).
   */
  private SortedMap<String, byte[]> projectFiles(
      App app, HubSpotProject project, List<Profile> profiles, List<String> featurePaths) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    if (frontend != null) {
      for (Map.Entry<String, byte[]> file : frontend.files().entrySet()) {
        files.put(ProjectFiles.inSrcDir(app, file.getKey()), file.getValue());
      }
    }
    HubSpotJson json = new HubSpotJson();
    files.putAll(new ProjectFiles(json, new ComponentConfigs()).render(app, project, featurePaths));
    files.putAll(new ProfileFiles(json).render(app, profiles));
    return files;
  }

  /**
   * With a {@code delta}, the files of the changed types' features and those that read them ({@link
   * ProjectFiles#readsChanged}), at their previous paths; every other file of the project maps to
   * null, left as the previous compilation wrote it.
   */
  private static SortedMap<String, byte[]> changedFiles(
      App app, HubSpotProject project, SortedMap<String, TypeModel> models, ProjectDelta delta) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (String path : delta.previous().paths().files()) {
      files.put(path, null);
    }
    Set<String> changedTypes = new HashSet<>(delta.changedTypes());
    List<Feature> features = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (Map.Entry<String, TypeModel> model : models.entrySet()) {
      List<Feature> own = model.getValue().features();
      for (int i = 0; i < own.size(); i++) {
        if (changedTypes.contains(model.getKey())
            || ProjectFiles.readsChanged(own.get(i).type(), delta.changed())) {
          features.add(own.get(i));
          paths.add(delta.previous().paths().features().get(model.getKey()).get(i));
        }
      }
    }
    files.putAll(
        new ProjectFiles(new HubSpotJson(), new ComponentConfigs())
            .renderFeatures(app, project, features, paths));
    return files;
  }

  /** The paths of each type's features' files, by the name its model is kept by. */
  private static SortedMap<String, List<String>> byType(
      SortedMap<String, TypeModel> models, List<Feature> features, List<String> featurePaths) {
    IdentityHashMap<Feature, String> pathOf = new IdentityHashMap<>();
    for (int i = 0; i < features.size(); i++) {
      pathOf.put(features.get(i), featurePaths.get(i));
    }
    SortedMap<String, List<String>> byType = new TreeMap<>();
    for (Map.Entry<String, TypeModel> model : models.entrySet()) {
      List<String> paths = new ArrayList<>();
      for (Feature feature : model.getValue().features()) {
        paths.add(pathOf.get(feature));
      }
      if (!paths.isEmpty()) {
        byType.put(model.getKey(), paths);
      }
    }
    return byType;
  }
}
