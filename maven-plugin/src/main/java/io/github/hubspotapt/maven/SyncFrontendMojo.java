package io.github.hubspotapt.maven;

import io.github.hubspotapt.maven.frontend.FrontendSync;
import io.github.hubspotapt.processor.layout.ProjectManifest;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Copies changed and new front-end files (React, JavaScript, package.json) into the HubSpot project
 * folder and removes deleted ones, on every build: when only a .tsx changed, Maven skips javac
 * ("Nothing to compile"), so the processor, which otherwise copies them, never runs.
 *
 * <p>A goal of its own, not part of {@code validate}: it needs no node, so it also runs where
 * HubSpot's parser is skipped; and it is bound to {@code process-resources}, before {@code
 * compile}, so it runs before {@code validate} in whatever order the goals are listed, and the
 * processor, when javac does run, finds the same files in place.
 */
@Mojo(name = "sync-frontend", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public final class SyncFrontendMojo extends AbstractMojo {

  /** The project folder the processor writes ({@code -Ahubspot.projectDir}). */
  @Parameter(
      property = "hubspot.projectDir",
      defaultValue = "${project.build.directory}/hubspot-project",
      required = true)
  private File projectDir;

  /** The front-end folder, the same as the processor's {@code -Ahubspot.frontendDir}. */
  @Parameter(
      property = "hubspot.frontendDir",
      defaultValue = "${project.basedir}/src/main/hubspot",
      required = true)
  private File frontendDir;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  @Override
  public void execute() throws MojoExecutionException {
    String where = ProjectFolders.display(basedir, projectDir);
    Optional<FrontendSync.Result> synced;
    try {
      synced = new FrontendSync(frontendDir.toPath(), projectDir.toPath()).sync();
    } catch (IOException e) {
      throw new MojoExecutionException(
          "could not copy the front-end files of "
              + ProjectFolders.display(basedir, frontendDir)
              + " into "
              + where
              + ": "
              + e,
          e);
    }
    if (synced.isEmpty()) {
      getLog()
          .debug(
              "No front-end sync: no "
                  + frontendDir
                  + ", or no project in "
                  + where
                  + " yet (the processor copies every front-end file when it first writes the project)");
      return;
    }
    FrontendSync.Result result = synced.get();
    for (String path : result.notOwned()) {
      getLog()
          .warn(
              "Front-end file not copied to "
                  + where
                  + "/"
                  + path
                  + ": a file that hubspot-apt did not write (it is not in "
                  + ProjectManifest.FILE_NAME
                  + ") is in the way; move it, and the next build copies the file");
    }
    for (String path : result.refused()) {
      getLog()
          .warn(
              "Front-end file not copied to "
                  + where
                  + "/"
                  + path
                  + ": the processor writes only names of"
                  + " letters, digits, '_' and '-', with inner dots");
    }
    if (result.written().isEmpty() && result.removed().isEmpty()) {
      getLog()
          .debug(
              "Front-end files in "
                  + where
                  + " are up to date ("
                  + result.unchanged().size()
                  + ")");
      return;
    }
    getLog()
        .info(
            "Front-end files synced into "
                + where
                + ": "
                + listed("copied", result.written())
                + ", "
                + listed("removed", result.removed())
                + ", "
                + result.unchanged().size()
                + " unchanged");
  }

  private static String listed(String what, List<String> paths) {
    return paths.size()
        + " "
        + what
        + (paths.isEmpty() ? "" : " (" + String.join(", ", paths) + ")");
  }
}
