package io.github.hubspotapt.processor;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.layout.ProjectManifest;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.read.AnnotatedTypes;
import io.github.hubspotapt.processor.write.FilerWriter;
import io.github.hubspotapt.processor.write.GeneratedFiles;
import io.github.hubspotapt.processor.write.ProjectDirectoryWriter;
import io.github.hubspotapt.processor.write.SourceOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * Writes the rendered project. Through the Filer into the generated sources during processing, as
 * the Filer requires; what else changes a folder a user may upload (the project folder, deleting
 * stale generated files, a large project written directly) right away, or, under javac, once the
 * whole compilation has succeeded.
 */
final class ProjectOutput {

  private final Filer filer;
  private final ProcessorOptions options;
  private final Diagnostics diagnostics;

  /** When what changes a folder a user may upload runs. */
  private final AfterCompilation after;

  /** The types of the compilation: how many source files it has. */
  private final AnnotatedTypes annotated;

  /**
   * The project folder in the generated sources, once written there; null when not written or not
   * on disk.
   */
  private Path generatedFolder;

  ProjectOutput(
      Filer filer,
      ProcessorOptions options,
      Diagnostics diagnostics,
      AfterCompilation after,
      AnnotatedTypes annotated) {
    this.filer = filer;
    this.options = options;
    this.diagnostics = diagnostics;
    this.after = after;
    this.annotated = annotated;
  }

  /**
   * The project into the generated sources (with the list of its files, for the next compilation)
   * and its folder.
   */
  void write(App app, SortedMap<String, byte[]> files, Element... origins) {
    if (SourceOutput.isClassOutput(filer)) {
      noSourceFolder();
    } else {
      writeGeneratedSources(app, files, origins);
    }
    if (options.projectDir() != null) {
      after.afterSuccess(() -> writeProjectDir(app, files));
    }
  }

  /**
   * Without {@code -s}, generated sources would go among the classes and into the jar, where a
   * HubSpot project (and its front-end code) does not belong; it is then written to {@code
   * -Ahubspot.projectDir} only.
   */
  private void noSourceFolder() {
    if (options.projectDir() == null) {
      diagnostics.report(
          RuleId.OUTPUT_LOCATION,
          null,
          "javac has no -s folder for generated sources, so the HubSpot"
              + " project is not written: it would go into the class output and be packaged into the jar; pass"
              + " -s <folder> (Maven and Gradle always do) or -Ahubspot.projectDir=<absolute folder>");
    } else if (options.verbose()) {
      diagnostics.note(
          "hubspot-apt: javac has no -s folder; the project is written to -Ahubspot.projectDir only");
    }
  }

  private void writeGeneratedSources(App app, SortedMap<String, byte[]> files, Element... origins) {
    GeneratedFiles generated = new GeneratedFiles(filer);
    GeneratedFiles.StaleFiles stale = generated.stale(generated.previous(), files.keySet());
    after.afterSuccess(stale::delete);
    FilerWriter writer = new FilerWriter(filer);
    // Asked before writing: javac's Filer refuses to hand out a file it has created in this
    // compilation.
    Path folder = writer.folderOnDisk();
    generatedFolder = folder;
    Path direct =
        folder != null
                && FilerWriter.writesDirectly(
                    options.filerLimit(), files.size(), annotated.initialSourceCount())
            ? folder
            : null;
    if (direct == null) {
      for (Map.Entry<String, String> failed : writer.write(folder, files, origins).entrySet()) {
        diagnostics.report(
            RuleId.OUTPUT_FAILED,
            app.origin(),
            "could not write "
                + FilerWriter.ROOT
                + "/"
                + failed.getKey()
                + ": "
                + failed.getValue());
      }
    } else {
      after.afterSuccess(() -> writeDirectly(app, direct, files));
    }
    try {
      generated.write(files.keySet(), stale, origins);
    } catch (IOException | RuntimeException e) {
      diagnostics.report(
          RuleId.OUTPUT_FAILED, null, "could not write " + GeneratedFiles.PATH + ": " + e);
    }
    if (direct == null && options.verbose()) {
      diagnostics.note(
          "hubspot-apt: HubSpot project of "
              + files.size()
              + " files written to "
              + (folder == null
                  ? "the generated sources, " + FilerWriter.ROOT + "/"
                  : folder.toString())
              + (options.projectDir() == null
                  ? "; -Ahubspot.projectDir=<folder> also writes it where you upload from"
                  : ""));
    }
  }

  /**
   * Where {@link #write} put the project's {@code files} on disk, with the bookkeeping beside them
   * (the list of generated files, the folders' manifests): what a later compilation checks is still
   * as written before it leaves the files alone ({@code cache.ProjectResult}).
   */
  List<Path> onDisk(Set<String> files) {
    List<Path> paths = new ArrayList<>();
    if (generatedFolder != null) {
      for (String file : files) {
        paths.add(generatedFolder.resolve(file));
      }
      paths.add(generatedFolder.resolve(ProjectManifest.FILE_NAME));
      paths.add(generatedFolder.getParent().resolve(GeneratedFiles.PATH));
    }
    if (options.projectDir() != null) {
      for (String file : files) {
        paths.add(options.projectDir().resolve(file));
      }
      paths.add(options.projectDir().resolve(ProjectManifest.FILE_NAME));
    }
    return paths;
  }

  private void writeDirectly(App app, Path folder, SortedMap<String, byte[]> files) {
    try {
      ProjectDirectoryWriter.generatedSources(folder).write(files);
      if (options.verbose()) {
        diagnostics.note(
            "hubspot-apt: "
                + files.size()
                + " files written directly into "
                + folder
                + ", not through the Filer ("
                + (options.filerLimit() >= 0
                    ? "more than -Ahubspot.filerLimit=" + options.filerLimit()
                    : "whose cost grows with the files and sources of the compilation; -Ahubspot.filerLimit=<n> sets a limit")
                + ")");
      }
    } catch (IOException | RuntimeException e) {
      diagnostics.report(
          RuleId.OUTPUT_FAILED,
          app.origin(),
          "could not write "
              + FilerWriter.ROOT
              + ": "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage());
    }
  }

  private void writeProjectDir(App app, SortedMap<String, byte[]> files) {
    try {
      ProjectDirectoryWriter.Result result =
          ProjectDirectoryWriter.projectFolder(options.projectDir()).write(files);
      if (options.verbose()) {
        diagnostics.note(
            "HubSpot project in "
                + options.projectDir()
                + ": "
                + result.written().size()
                + " written, "
                + result.unchanged().size()
                + " unchanged, "
                + result.removed().size()
                + " removed");
      }
    } catch (IOException | RuntimeException e) {
      diagnostics.report(
          RuleId.OUTPUT_FAILED,
          app.origin(),
          "could not write the HubSpot project to " + options.projectDir() + ": " + e);
    }
  }
}
