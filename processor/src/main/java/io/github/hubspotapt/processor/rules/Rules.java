package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The rules, run in this order over the whole project; each reports every violation it finds. */
public final class Rules {

  private final List<Rule> rules;

  private Rules(List<Rule> rules) {
    this.rules = rules;
  }

  /**
   * The rules for this project, in a fixed order. The rules of a feature type are only created, and their classes
   * only loaded, when the project declares that type: loading ~80 rule classes from the jar is a noticeable part of
   * a small project's compile time, and a project with a card needs none of the workflow-action rules.
   * {@code frontend} is null when no front-end folder is configured.
   */
  public static Rules forProject(HubSpotProject project, FrontendFolder frontend) {
    Set<ComponentType> types = EnumSet.noneOf(ComponentType.class);
    project.features().forEach(feature -> types.add(feature.type()));
    if (!project.webhookSubscriptions().isEmpty()) {
      types.add(ComponentType.WEBHOOKS);
    }
    List<Rule> rules = new ArrayList<>();
    addAppRules(rules);
    addFeatureRules(rules, types, frontend);
    addBackendRules(rules, types);
    rules.add(new FrontendNotConfiguredRule(frontend));
    if (frontend != null) {
      rules.add(new FrontendMetaFileRule(frontend));
    }
    return new Rules(rules);
  }

  private static void addAppRules(List<Rule> rules) {
    KnownScopes scopes = KnownScopes.load();
    Collections.addAll(rules,
        new AppDuplicateRule(),
        new AuthMissingRule(),
        new AuthWithoutAppRule(),
        new ProjectNameRule(),
        new SrcDirRule(),
        new UidLengthRule(),
        new UidCharactersRule(),
        new AppNameLengthRule(),
        new AppNameWhitespaceRule(),
        new AppDescriptionLengthRule(),
        new AuthDistributionRule(),
        new RedirectRequiredRule(),
        new RedirectUrlRule(),
        new StaticRedirectRule(),
        new StaticScopesRule(),
        new ScopeRequiredRule(),
        new ScopeFormatRule(scopes),
        new ScopeUnknownRule(scopes),
        new ScopeDuplicateRule(),
        new PermittedFetchUrlRule(),
        new PermittedUrlHttpsRule(),
        new SupportEmailRule(),
        new SupportUrlRule(),
        new SupportPhoneRule(),
        new AppMissingRule(),
        new UidDuplicateRule(),
        new UidReservedRule());
  }

  /** The rules of the features HubSpot renders (cards, pages, functions) and the single-instance features. */
  private static void addFeatureRules(List<Rule> rules, Set<ComponentType> types, FrontendFolder frontend) {
    if (types.isEmpty()) {
      return;
    }
    Collections.addAll(rules, new FeatureSingleRule(), new FeatureNameRule(), new FeaturePlatformVersionRule());
    if (types.contains(ComponentType.CARD)) {
      rules.add(new CardLocationRule());
    }
    if (types.contains(ComponentType.CARD) || types.contains(ComponentType.CRM_BULK_ACTION)) {
      Collections.addAll(rules, new ObjectTypeRule(), new ObjectTypeUnknownRule(), new ObjectTypesEmptyRule(),
          new ObjectScopeRule());
    }
    if (types.contains(ComponentType.CARD)) {
      rules.add(new PreviewImageRule(frontend));
    }
    Collections.addAll(rules, new EntrypointPathRule(), new EntrypointMissingRule(frontend));
    if (types.contains(ComponentType.APP_FUNCTION)) {
      Collections.addAll(rules, new FunctionPackageJsonRule(frontend), new FunctionDistributionRule(),
          new FunctionEndpointRule(), new FunctionSecretKeyRule());
    }
    if (types.contains(ComponentType.SCIM)) {
      rules.add(new ScimAuthRule());
    }
    if (types.contains(ComponentType.TELEMETRY)) {
      Collections.addAll(rules, new TelemetryLogTypeRule(), new TelemetryLogLevelRule());
    }
    if (types.contains(ComponentType.CRM_BULK_ACTION)) {
      rules.add(new BulkActionIconRule());
    }
  }

  /** The rules of webhooks, workflow actions, app events and app objects. */
  private static void addBackendRules(List<Rule> rules, Set<ComponentType> types) {
    if (types.contains(ComponentType.WEBHOOKS)) {
      Collections.addAll(rules,
          new WebhookSubscriptionTypeRule(),
          new WebhookObjectTypeRule(),
          new WebhookObjectTypeUnknownRule(),
          new WebhookPropertyNameRule(),
          new WebhookDuplicateRule(),
          new WebhookSettingsRule(),
          new WebhookSettingsMissingRule(),
          new WebhookScopeRule());
    }
    if (types.contains(ComponentType.WORKFLOW_ACTION) || types.contains(ComponentType.APP_EVENT)
        || types.contains(ComponentType.APP_OBJECT)) {
      Collections.addAll(rules, new FieldTypeRule(), new FieldControlRule(), new FieldOptionsRule());
    }
    if (types.contains(ComponentType.WORKFLOW_ACTION) || types.contains(ComponentType.APP_EVENT)) {
      rules.add(new OptionNotWrittenRule());
    }
    if (types.contains(ComponentType.WORKFLOW_ACTION)) {
      Collections.addAll(rules,
          new WorkflowUrlRule(),
          new WorkflowLabelsRule(),
          new WorkflowFieldReferenceRule(),
          new WorkflowClientsRule(),
          new WorkflowExecutionRuleRule(),
          new WorkflowObjectTypeRule());
    }
    if (!types.isEmpty()) {
      rules.add(new FeatureDistributionRule());
    }
    if (types.contains(ComponentType.APP_EVENT)) {
      Collections.addAll(rules,
          new AppEventNameRule(),
          new AppEventTemplateRule(),
          new AppEventTokenRule(),
          new AppEventLimitsRule(),
          new AppEventScopeRule());
    }
    if (types.contains(ComponentType.APP_OBJECT)) {
      Collections.addAll(rules,
          new AppObjectNameRule(),
          new AppObjectTextRule(),
          new AppObjectPropertyRule(),
          new AppObjectGroupRule());
    }
    if (types.contains(ComponentType.APP_OBJECT_ASSOCIATION)) {
      rules.add(new AssociationObjectRule());
    }
  }

  /**
   * Runs every rule. A rule that fails (a bug, or input it cannot handle) is reported as one internal error naming the
   * rule, and the other rules still run, so the user sees every real finding.
   */
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Rule rule : rules) {
      try {
        rule.check(project, diagnostics);
      } catch (RuntimeException | StackOverflowError e) {
        Origin at = project.apps().isEmpty() ? null : project.apps().get(0).origin();
        diagnostics.report(RuleId.INTERNAL_ERROR, at, "hubspot-apt's rule " + rule.getClass().getSimpleName()
            + " failed: " + e + "; please report this with the annotated source");
      }
    }
  }
}
