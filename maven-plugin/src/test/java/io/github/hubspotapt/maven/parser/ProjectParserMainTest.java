package io.github.hubspotapt.maven.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes the benchmark and a Gradle task rely on, for the runs that never reach node. */
class ProjectParserMainTest {

  @TempDir Path temp;

  @Test
  void withoutAProjectFolderItCannotRun() {
    assertEquals(ProjectParserMain.CANNOT_RUN, ProjectParserMain.run(new String[0]));
  }

  @Test
  void anUnknownOptionCannotRun() {
    assertEquals(
        ProjectParserMain.CANNOT_RUN,
        ProjectParserMain.run(new String[] {temp.toString(), "--schemas", "x"}));
  }

  @Test
  void aFolderThatIsNotThereCannotRun() {
    assertEquals(
        ProjectParserMain.CANNOT_RUN,
        ProjectParserMain.run(
            new String[] {temp.resolve("missing").toString(), "--profile", "qa"}));
  }
}
