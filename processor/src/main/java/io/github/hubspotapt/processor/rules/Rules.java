package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.Finding;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.Profile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules, run in this order over the whole project; each reports every violation it finds. */
public final class Rules {

  /**
   * The unit ({@link Finding#unit}) of the front-end rules' findings, and of those of the front-end
   * files at generated paths: they read the front-end folder and, of the components, only what a
   * {@code cache.ProjectDelta} leaves as it was.
   */
  private static final String FRONTEND = "FRONTEND";

  private static final String FRONTEND_PATHS = "FRONTEND_PATHS";

  /** Whether the annotations jar is the processor's release, judged before any value. */
  private static final Rule ANNOTATION_VERSION = new AnnotationVersionRule();

  /**
   * The project's groups, each with its rules once created: where a partial compilation does not
   * run a group, its rule classes are not even loaded.
   */
  private final Map<RuleGroup, List<Rule>> groups;

  private final List<Rule> frontendRules;

  /** The front-end folder, which some groups' rules read; null when none is configured. */
  private final FrontendFolder frontend;

  /**
   * The front-end files at the paths of generated files, judged after every other rule; null
   * without a front-end folder.
   */
  private final Rule frontendGeneratedPaths;

  /**
   * The component types whose features changed since the previous compilation, whose findings are
   * {@link #previous}; null: every group runs.
   */
  private Set<ComponentType> changed;

  private List<Finding> previous;

  /** The groups that ran, where others did not. */
  private final Set<RuleGroup> ran = EnumSet.noneOf(RuleGroup.class);

  private Rules(
      Map<RuleGroup, List<Rule>> groups,
      List<Rule> frontendRules,
      FrontendFolder frontend,
      Rule frontendGeneratedPaths) {
    this.groups = groups;
    this.frontendRules = frontendRules;
    this.frontend = frontend;
    this.frontendGeneratedPaths = frontendGeneratedPaths;
  }

  /**
   * Where only the features of the {@code changed} types differ from the previous compilation's,
   * which reported {@code previous}: a group that reads none of them ({@link RuleGroup#reads}) and
   * reported nothing then would report nothing again, and is not run. (A group's findings are on
   * components or the app, so have a place in the sources, and a compilation after one with such a
   * finding has no previous findings to go by: the check on {@code previous} keeps that so should a
   * rule ever report without a place.) The front-end rules do not run either: their previous
   * findings are reported again, as the delta leaves all they read as it was. For a project without
   * placeholders only: with them, every rule runs once per profile.
   */
  public Rules reusing(Set<ComponentType> changed, List<Finding> previous) {
    this.changed = changed;
    this.previous = previous;
    return this;
  }

  /**
   * The app's and the project's rules ({@link RuleGroup#APP}, {@link RuleGroup#SHAPE}, {@link
   * RuleGroup#PROJECT}), then those of the component types the project declares ({@code
   * components}, in the groups' order), then the front-end folder's. The rules of a component type
   * are only created, and their classes only loaded, when the project declares that type: loading
   * ~80 rule classes from the jar is a noticeable part of a small project's compile time, and a
   * project with a card needs none of the workflow-action rules; a group is created when it first
   * runs, so a partial compilation that reports a group's previous findings again loads none of its
   * rules. {@code frontend} is null when no front-end folder is configured.
   */
  public static Rules forProject(Set<RuleGroup> components, FrontendFolder frontend) {
    Map<RuleGroup, List<Rule>> groups = new EnumMap<>(RuleGroup.class);
    groups.put(RuleGroup.APP, null);
    groups.put(RuleGroup.SHAPE, null);
    groups.put(RuleGroup.PROJECT, null);
    for (RuleGroup group : RuleGroup.values()) {
      if (components.contains(group)) {
        groups.put(group, null);
      }
    }
    List<Rule> frontendRules = new ArrayList<>();
    frontendRules.add(new FrontendNotConfiguredRule(frontend));
    if (frontend != null) {
      frontendRules.add(new FrontendMetaFileRule(frontend));
    }
    return new Rules(
        groups,
        frontendRules,
        frontend,
        frontend == null ? null : new FrontendGeneratedPathRule(frontend));
  }

  /**
   * Runs every rule, and those of the {@code profiles}: where the project has {@code ${...}}
   * placeholders, every rule runs on each profile's values ({@link ProfileChecks}). The annotations
   * jar's version is judged first and the front-end files at generated paths last, each once, on
   * the project as written: the files are generated from that, not from a profile's values.
   */
  public void check(HubSpotProject project, List<Profile> profiles, Diagnostics diagnostics) {
    run(ANNOTATION_VERSION, project, diagnostics);
    new ProfileChecks(this).check(project, profiles, diagnostics);
    if (frontendGeneratedPaths != null && !diagnostics.hasErrors()) {
      diagnostics.unit(FRONTEND_PATHS);
      if (changed == null) {
        run(frontendGeneratedPaths, project, diagnostics);
      } else {
        repeat(FRONTEND_PATHS, diagnostics);
      }
      diagnostics.unit("");
    }
  }

  /**
   * Runs every rule of the project's values; a group's rules on the features it reads. Where the
   * previous compilation's findings are {@link #reusing reused}, a group the change does not reach
   * and that reported nothing then does not run, and the project holds only the features the change
   * reaches ({@code cache.ProjectDelta}). Each finding is recorded with its group ({@link
   * Diagnostics#unit}) for the next compilation.
   */
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Map.Entry<RuleGroup, List<Rule>> group : groups.entrySet()) {
      diagnostics.unit(group.getKey().name());
      if (changed != null
          && !group.getKey().reachedBy(changed)
          && !reportedBefore(group.getKey())) {
        continue;
      }
      ran.add(group.getKey());
      if (group.getValue() == null) {
        group.setValue(group.getKey().create(frontend));
      }
      HubSpotProject view = project.only(group.getKey().reads());
      for (Rule rule : group.getValue()) {
        run(rule, view, diagnostics);
      }
    }
    diagnostics.unit(FRONTEND);
    if (changed == null) {
      for (Rule rule : frontendRules) {
        run(rule, project, diagnostics);
      }
    } else {
      repeat(FRONTEND, diagnostics);
    }
    diagnostics.unit("");
  }

  /**
   * The component types whose every feature the groups that run where only the features of {@code
   * changed} types differ must see ({@link RuleGroup#across}), besides the changed features.
   */
  public static Set<ComponentType> reading(Set<ComponentType> changed) {
    Set<ComponentType> types = EnumSet.noneOf(ComponentType.class);
    for (RuleGroup group : RuleGroup.values()) {
      if (group.reachedBy(changed)) {
        types.addAll(group.across());
      }
    }
    return types;
  }

  /**
   * The component types whose components' rule groups a change of the features of the {@code
   * changed} types can reach: those that such a group reads, but for the groups that read every
   * type, which are no component's own (a component lists only groups that read its type and not
   * every type, ComponentsTest).
   */
  public static Set<ComponentType> owning(Set<ComponentType> changed) {
    Set<ComponentType> types = EnumSet.noneOf(ComponentType.class);
    for (RuleGroup group : RuleGroup.values()) {
      if (group.reachedBy(changed) && group.reads().size() < ComponentType.values().length) {
        types.addAll(group.reads());
      }
    }
    return types;
  }

  /** Whether findings of {@code unit} are the front-end rules' ({@link #reusing}). */
  public static boolean isFrontend(String unit) {
    return unit.equals(FRONTEND) || unit.equals(FRONTEND_PATHS);
  }

  /** Reports the previous findings of {@code unit} again, recorded for the next compilation. */
  private void repeat(String unit, Diagnostics diagnostics) {
    for (Finding finding : previous) {
      if (finding.unit().equals(unit)) {
        diagnostics.repeat(finding);
      }
    }
  }

  /** For -Ahubspot.verbose: the groups that ran. */
  public Set<RuleGroup> ran() {
    return ran;
  }

  /** Whether the previous compilation reported a finding of {@code group}. */
  private boolean reportedBefore(RuleGroup group) {
    for (Finding finding : previous) {
      if (finding.unit().equals(group.name())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A rule that fails (a bug, or input it cannot handle) is reported as one internal error naming
   * the rule, and the other rules still run, so the user sees every real finding.
   */
  private static void run(Rule rule, HubSpotProject project, Diagnostics diagnostics) {
    try {
      rule.check(project, diagnostics);
    } catch (RuntimeException | StackOverflowError e) {
      Origin at = project.apps().isEmpty() ? null : project.apps().get(0).origin();
      diagnostics.report(
          RuleId.INTERNAL_ERROR,
          at,
          "hubspot-apt's rule "
              + rule.getClass().getSimpleName()
              + " failed: "
              + e
              + "; please report this with the annotated source");
    }
  }
}
