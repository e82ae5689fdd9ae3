package io.github.hubspotapt.maven.frontend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The sync leaves the files the processor generates to the processor, and copies the others. */
class ProjectPathsTest {

  @Test
  void theProjectFileMetafilesAndProfilesAreTheProcessors() {
    assertTrue(ProjectPaths.isGenerated("hsproject.json"));
    assertTrue(ProjectPaths.isGenerated("src/app/cards/my-card-hsmeta.json"));
    assertTrue(ProjectPaths.isGenerated("src/hsprofile.local.json"));
    assertFalse(ProjectPaths.isGenerated("src/app/cards/Card.tsx"));
    assertFalse(ProjectPaths.isGenerated("src/app/functions/package.json"));
  }
}
