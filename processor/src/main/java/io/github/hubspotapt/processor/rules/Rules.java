package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
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
        new FrontendNotConfiguredRule(frontend)));
  }

  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Rule rule : rules) {
      rule.check(project, diagnostics);
    }
  }
}
