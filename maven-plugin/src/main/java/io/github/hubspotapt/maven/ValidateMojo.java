package io.github.hubspotapt.maven;

import io.github.hubspotapt.maven.parser.ParserUnavailableException;
import io.github.hubspotapt.maven.parser.ParserVerdict;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs HubSpot's own project parser ({@code @hubspot/project-parsing-lib}, the code behind {@code
 * hs project upload}) over the project the processor wrote, offline, and fails the build with
 * HubSpot's message when it rejects the project. Bound to {@code process-classes}, right after the
 * compilation that writes the project.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public final class ValidateMojo extends ParserMojo {

  /** The project folder the processor writes ({@code -Ahubspot.projectDir}). */
  @Parameter(
      property = "hubspot.projectDir",
      defaultValue = "${project.build.directory}/hubspot-project",
      required = true)
  private File projectDir;

  /** Skips HubSpot's parser, e.g. on a machine without node. */
  @Parameter(property = "hubspot.validate.skip", defaultValue = "false")
  private boolean skip;

  /**
   * An {@code hsprofile.<profile>.json} of the project to apply, as {@code hs project upload
   * --profile} does. Default: the project is parsed once with each of its profiles, as {@code hs
   * project validate} does without {@code --profile} (once without a profile when it has none).
   */
  @Parameter(property = "hubspot.profile")
  private String profile;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    String where = ProjectFolders.display(basedir, projectDir);
    if (skip) {
      getLog().info("HubSpot's project parser skipped for " + where + " (hubspot.validate.skip)");
      return;
    }
    if (!projectDir.isDirectory()) {
      throw new MojoFailureException(noProject(where));
    }
    ParserVerdict verdict;
    try {
      verdict = parser().parse(projectDir.toPath(), profile);
    } catch (ParserUnavailableException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    if (!verdict.accepted()) {
      throw new MojoFailureException(verdict.rejectedMessage(where));
    }
    verdict.skippedWarnings(where).forEach(getLog()::warn);
    getLog().info(verdict.acceptedLine(where));
  }

  private String noProject(String where) {
    return "No HubSpot project in "
        + where
        + ": the annotation processor did not write one. Usually because"
        + System.lineSeparator()
        + "- maven-compiler-plugin is older than 3.5: it ignores <annotationProcessorPaths>"
        + " and still says BUILD SUCCESS (Maven 3.8 takes 3.1 when the POM names no version); name 3.5 or later;"
        + System.lineSeparator()
        + "- hubspot-apt-processor is not in maven-compiler-plugin's"
        + " <annotationProcessorPaths>;"
        + System.lineSeparator()
        + "- -Ahubspot.projectDir in <compilerArgs> names another folder than hubspot.projectDir ("
        + projectDir
        + "); set the property and use ${hubspot.projectDir} in the argument;"
        + System.lineSeparator()
        + "- the folder was deleted after the last compilation, and Maven found nothing to compile: mvn clean package."
        + System.lineSeparator()
        + "Or skip HubSpot's parser with -Dhubspot.validate.skip.";
  }
}
