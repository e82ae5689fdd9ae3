package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;

/**
 * An annotations jar newer than the processor has enum constants the processor cannot write ({@code
 * Distribution.PARTNER}): the project then reads as incomplete and is not written, and this says
 * why, at each such constant.
 */
final class AnnotationVersionRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Located<String> constant : project.unknownConstants()) {
      diagnostics.report(
          RuleId.ANNOTATION_VERSION,
          constant.origin(),
          "the annotations jar has "
              + constant.value()
              + ", which this processor version does not know; use the same version of hubspot-apt-annotations and"
              + " hubspot-apt-processor");
    }
  }
}
