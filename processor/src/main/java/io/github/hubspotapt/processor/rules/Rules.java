package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.List;

/** All rules, run in this order over the whole project; each reports every violation it finds. */
public final class Rules {

  private final List<Rule> rules;

  private Rules(List<Rule> rules) {
    this.rules = rules;
  }

  /** {@code frontend} is null when no front-end folder is configured. */
  public static Rules all(FrontendFolder frontend) {
    KnownScopes scopes = KnownScopes.load();
    return new Rules(List.of(
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
        new UidReservedRule(),
        new FeatureSingleRule(),
        new FeatureNameRule(),
        new FeaturePlatformVersionRule(),
        new CardLocationRule(),
        new ObjectTypeRule(),
        new ObjectTypesEmptyRule(),
        new ObjectScopeRule(),
        new PreviewImageRule(frontend),
        new EntrypointPathRule(),
        new EntrypointMissingRule(frontend),
        new FunctionPackageJsonRule(frontend),
        new FunctionDistributionRule(),
        new FunctionEndpointRule(),
        new FunctionSecretKeyRule(),
        new ScimAuthRule(),
        TelemetryLogRule.logTypes(),
        TelemetryLogRule.logLevels(),
        new BulkActionIconRule(),
        new WebhookSubscriptionTypeRule(),
        new WebhookObjectTypeRule(),
        new WebhookPropertyNameRule(),
        new WebhookDuplicateRule(),
        new WebhookSettingsRule(),
        new WebhookSettingsMissingRule(),
        new WebhookScopeRule(),
        new FieldTypeRule(),
        new FieldControlRule(),
        new WorkflowUrlRule(),
        new WorkflowLabelsRule(),
        new WorkflowFieldReferenceRule(),
        new WorkflowClientsRule(),
        new WorkflowExecutionRuleRule(),
        new WorkflowObjectTypeRule(),
        new FeatureDistributionRule(),
        new AppEventNameRule(),
        new AppEventTemplateRule(),
        new AppEventTokenRule(),
        new AppEventLimitsRule(),
        new AppEventScopeRule(),
        new AppObjectNameRule(),
        new AppObjectTextRule(),
        new AppObjectPropertyRule(),
        new AppObjectGroupRule(),
        new AssociationObjectRule(),
        new FrontendNotConfiguredRule(frontend)));
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
