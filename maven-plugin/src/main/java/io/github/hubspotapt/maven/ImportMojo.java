package io.github.hubspotapt.maven;

import io.github.hubspotapt.maven.importer.ImportException;
import io.github.hubspotapt.maven.importer.ImportRun;
import io.github.hubspotapt.maven.importer.ImportWriter;
import io.github.hubspotapt.maven.importer.ProfileTarget;
import io.github.hubspotapt.maven.parser.ParserUnavailableException;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports an existing HubSpot project (a folder with {@code hsproject.json}) as annotated Java
 * sources, once: {@code mvn hubspot:import -Dhubspot.project=<folder>
 * -Dhubspot.package=com.acme.app}. HubSpot's parser checks the project first; what the annotations
 * cannot express stops the import, listed by JSON path, unless {@code
 * -Dhubspot.import.partial=true}; profiles become {@code @Profile}s unless {@code
 * -Dhubspot.import.profiles=files}. The written sources are then compiled with the processor, in
 * this process, and HubSpot's config rules they break are listed (an error does not fail the goal:
 * the sources are written, and are where it is fixed). Runs without a POM too.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public final class ImportMojo extends ParserMojo {

  /** The HubSpot project to import: the folder with hsproject.json. */
  @Parameter(property = "hubspot.project", required = true)
  private File project;

  /** The Java package of the generated sources. */
  @Parameter(property = "hubspot.package", required = true)
  private String packageName;

  /** Write what can be imported and list the rest, instead of stopping. */
  @Parameter(property = "hubspot.import.partial", defaultValue = "false")
  private boolean partial;

  /**
   * Where the project's {@code hsprofile.<name>.json} files go: {@code annotations},
   * {@code @Profile}s on the app class; {@code files}, copied as they are into the front-end folder
   * (account ids stay out of the code).
   */
  @Parameter(property = "hubspot.import.profiles", defaultValue = "annotations")
  private String profiles;

  /** Import without HubSpot's parser (which needs node 18+). */
  @Parameter(property = "hubspot.import.skipParser", defaultValue = "false")
  private boolean skipParser;

  /** Where the Java sources go. */
  @Parameter(property = "hubspot.import.sourceDir", defaultValue = "${basedir}/src/main/java")
  private File sourceDir;

  /** Where the front-end files go, the processor's {@code -Ahubspot.frontendDir}. */
  @Parameter(property = "hubspot.frontendDir", defaultValue = "${basedir}/src/main/hubspot")
  private File frontendDir;

  @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
  private File basedir;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    ImportRun.ParserCheck parser =
        skipParser ? null : projectDir -> parser().parse(projectDir, null);
    try {
      new ImportRun(
              project.toPath(),
              ProjectFolders.display(basedir, project),
              packageName,
              partial,
              ProfileTarget.of(profiles),
              getLog()::info)
          .run(parser, new ImportWriter(sourceDir.toPath(), frontendDir.toPath()));
    } catch (ImportException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (ParserUnavailableException e) {
      throw new MojoExecutionException(
          e.getMessage()
              + System.lineSeparator()
              + "The import checks the project with"
              + " HubSpot's parser first; -Dhubspot.import.skipParser=true imports it unchecked.",
          e);
    }
  }
}
