package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.UnusedAnnotation;

/**
 * Nothing is dropped silently: an annotation that only adds to a component on the same type
 * ({@code @AgentTool} to a {@code @WorkflowAction}) goes into no file on a type without it. A
 * warning, as HubSpot never sees it: the project is valid, it only lacks what the annotation was
 * meant to say.
 */
final class AnnotationUnusedRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (UnusedAnnotation unused : project.unusedAnnotations()) {
      diagnostics.report(
          RuleId.ANNOTATION_UNUSED,
          unused.origin(),
          "@"
              + unused.annotation()
              + " is written into no file on a type without @"
              + unused.needs()
              + ": it adds to the @"
              + unused.needs()
              + " of the same type; add @"
              + unused.needs()
              + "(...) here or remove @"
              + unused.annotation());
    }
  }
}
