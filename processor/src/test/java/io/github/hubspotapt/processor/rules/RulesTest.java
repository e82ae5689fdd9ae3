package io.github.hubspotapt.processor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.hubspotapt.processor.diagnostics.Finding;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** Which groups of rules a partial compilation that changed only some component types runs. */
class RulesTest {

  private static final HubSpotProject EMPTY =
      new HubSpotProject(
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), true, List.of(), false);

  private static final Set<RuleGroup> ACTIONS = EnumSet.of(RuleGroup.WORKFLOW_ACTIONS);

  @Test
  void everyGroupRunsWithoutAPreviousCompilation() {
    Rules rules = Rules.forProject(ACTIONS, null);
    rules.check(EMPTY, new ProfileFindings());
    assertEquals(
        EnumSet.of(RuleGroup.APP, RuleGroup.SHAPE, RuleGroup.PROJECT, RuleGroup.WORKFLOW_ACTIONS),
        rules.ran());
  }

  /**
   * The app's rules read no component; the shape's read what a delta leaves as it was; the
   * project's read all; the actions' only actions.
   */
  @Test
  void aGroupThatReadsNoneOfTheChangedTypesDoesNotRun() {
    Rules rules =
        Rules.forProject(ACTIONS, null).reusing(EnumSet.of(ComponentType.CARD), List.of());
    rules.check(EMPTY, new ProfileFindings());
    assertEquals(EnumSet.of(RuleGroup.PROJECT), rules.ran());
  }

  @Test
  void aGroupThatReportedBeforeRunsAgain() {
    Finding earlier = new Finding(Diagnostic.Kind.WARNING, "[HS-X] x", "WORKFLOW_ACTIONS");
    Rules rules =
        Rules.forProject(ACTIONS, null).reusing(EnumSet.of(ComponentType.CARD), List.of(earlier));
    rules.check(EMPTY, new ProfileFindings());
    assertEquals(EnumSet.of(RuleGroup.PROJECT, RuleGroup.WORKFLOW_ACTIONS), rules.ran());
  }

  /**
   * The card rules check each card on its own; the object types' and the project's look app objects
   * up. The webhooks rules compare every subscription with the others (duplicates), the fields'
   * rules read every action, event and app object.
   */
  @Test
  void aChangeReachesWhatItsGroupsLookUpAcrossComponents() {
    assertEquals(
        EnumSet.of(ComponentType.APP_OBJECT), Rules.reading(EnumSet.of(ComponentType.CARD)));
    assertEquals(
        EnumSet.of(ComponentType.WEBHOOKS, ComponentType.APP_OBJECT),
        Rules.reading(EnumSet.of(ComponentType.WEBHOOKS)));
    assertEquals(
        EnumSet.of(
            ComponentType.WORKFLOW_ACTION, ComponentType.APP_EVENT, ComponentType.APP_OBJECT),
        Rules.reading(EnumSet.of(ComponentType.WORKFLOW_ACTION)));
  }
}
