package io.github.hubspotapt.maven.frontend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The plugin copies and trusts exactly the paths the processor's writer accepts. */
class ProjectPathsTest {

  @Test
  void acceptsWhatTheProcessorWritesAndNothingElse() {
    assertTrue(ProjectPaths.isSafe("src/app/cards/.DS_Store"));
    assertTrue(ProjectPaths.isSafe("src/app/cards/images/logo@2x.png"));
    assertFalse(ProjectPaths.isSafe("src/../outside.txt"));
    assertFalse(ProjectPaths.isSafe("src//app"));
    assertFalse(ProjectPaths.isSafe("src/app/My Card.tsx"));
    assertFalse(ProjectPaths.isSafe("src/app/cards/.Card.tsx" + AtomicFiles.TEMPORARY_SUFFIX));
    assertFalse(ProjectPaths.isSafe(Manifest.FILE_NAME));
  }
}
