package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AssociationLabelRuleTest {

  private static final String RULE = "HS-ASSOCIATION-LABEL";
  private static final JavaFileObject APP = AppSource.timelineApp().build();
  private static final JavaFileObject CAR = AppSource.appObject("Car").build();

  private static JavaFileObject withLabels(String labels) {
    return AppSource.association("Association").with("labels", labels).build();
  }

  @Test
  void blankNameIsAWarningOnTheName() {
    JavaFileObject association =
        withLabels("@AssociationLabel(name = \" \", firstObjectTypeLabel = \"Cars\")");

    assertSucceededWithWarning(
        compile(NO_FRONTEND, APP, CAR, association),
        association,
        RULE,
        "association label name \" \" is blank; a label needs a name, such as \"default\"",
        "\" \"");
  }

  @Test
  void nameOfAnEarlierLabelIsAWarningOnTheSecond() {
    JavaFileObject association =
        withLabels(
            "{@AssociationLabel(name = \"owner\"),\n"
                + "        @AssociationLabel(name = \"owner\", secondObjectTypeLabel = \"Owners\")}");

    assertSucceededWithWarning(
        compile(NO_FRONTEND, APP, CAR, association),
        association,
        RULE,
        "association label name \"owner\" is used by an earlier label of this association; each label needs a name"
            + " of its own",
        "\"owner\", secondObjectTypeLabel");
  }

  /** The labels of issue 27's real project: one named default, with both objects' labels. */
  @Test
  void labelsWithNamesOfTheirOwnPass() {
    assertPasses(
        compile(
            NO_FRONTEND,
            APP,
            CAR,
            withLabels(
                "{@AssociationLabel(name = \"default\","
                    + " firstObjectTypeLabel = \"Cars\", secondObjectTypeLabel = \"Contacts\"),"
                    + " @AssociationLabel(name = \"owner\")}")),
        RULE);
  }
}
