package io.github.hubspotapt.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.hubspotapt.processor.model.ComponentType;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Which files read the features of other types: a partial compilation renders them again when those
 * change, and decodes what the files it renders read ({@code cache.ProjectDelta#decoded}).
 */
class ProjectFilesTest {

  @Test
  void theWebhooksFileReadsEverySubscription() {
    assertEquals(
        EnumSet.of(ComponentType.WEBHOOKS),
        ProjectFiles.readBy(EnumSet.of(ComponentType.WEBHOOKS, ComponentType.CARD)));
  }

  @Test
  void anAssociationReadsItsAppObjects() {
    assertEquals(
        EnumSet.of(ComponentType.APP_OBJECT_ASSOCIATION, ComponentType.APP_OBJECT),
        ProjectFiles.readBy(EnumSet.of(ComponentType.APP_OBJECT)));
    assertEquals(
        EnumSet.of(ComponentType.APP_OBJECT),
        ProjectFiles.readBy(EnumSet.of(ComponentType.APP_OBJECT_ASSOCIATION)));
  }

  @Test
  void everyOtherFileReadsItsOwnFeatureOnly() {
    EnumSet<ComponentType> others = EnumSet.allOf(ComponentType.class);
    others.removeAll(
        EnumSet.of(
            ComponentType.WEBHOOKS,
            ComponentType.APP_OBJECT,
            ComponentType.APP_OBJECT_ASSOCIATION));
    assertEquals(EnumSet.noneOf(ComponentType.class), ProjectFiles.readBy(others));
  }
}
