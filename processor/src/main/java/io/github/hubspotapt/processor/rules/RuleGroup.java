package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules, in groups: the app's and the project's, which every project gets, then those of the
 * component types, which each component names (a card needs {@link #CARD_LOCATION}, {@link
 * #OBJECT_TYPES} and {@link #PREVIEW_IMAGE}, for instance). A project gets only the groups of the
 * types it declares, created in this order whatever the types, so reports come in a fixed order.
 * Naming a group loads none of its rule classes: they are loaded when {@link #create} makes the
 * group's rules.
 */
public enum RuleGroup {
  /**
   * The app's own values, those of {@code hsproject.json} and {@code app-hsmeta.json}: every
   * project's, before the others.
   */
  APP,
  /**
   * The project's shape: uids and chosen file names, across all components too, how many of a
   * singular type, the app there, annotations without the component they belong beside; every
   * project's. What a {@code cache.ProjectDelta} leaves as it was, so a partial compilation that
   * follows one never runs it ({@link #reachedBy}).
   */
  SHAPE,
  /** Scopes in every list: their form, HubSpot's names, each listed once; every project's. */
  PROJECT,
  /** What every component is checked for: names, platform versions, permissions. */
  EVERY_COMPONENT,
  CARD_LOCATION,
  /** The CRM object types a card or bulk action shows on, and their scopes. */
  OBJECT_TYPES,
  PREVIEW_IMAGE,
  /** The front-end files that cards, pages, settings, functions and bulk actions run. */
  ENTRYPOINTS,
  APP_FUNCTIONS,
  SCIM,
  TELEMETRY,
  BULK_ACTION_ICON,
  WEBHOOKS,
  /** The fields of workflow actions, app events and app objects, typed by their Java types. */
  FIELDS,
  /** Enum options whose members a field format has no place for. */
  OPTIONS_NOT_WRITTEN,
  WORKFLOW_ACTIONS,
  /** Which component types an app's distribution and auth allow. */
  DISTRIBUTION,
  APP_EVENTS,
  APP_OBJECTS,
  APP_OBJECT_ASSOCIATIONS,
  /**
   * The features declared by {@code @ExperimentalFeature}, whose config is the user's JSON text.
   */
  EXPERIMENTAL_FEATURES;

  /**
   * The component types whose features the group's rules read. They see the project through {@link
   * HubSpotProject#only}, so that what they report cannot change while only other types' features
   * do, and a partial compilation that changed only those need not run them ({@link Rules}).
   */
  Set<ComponentType> reads() {
    return switch (this) {
      case APP -> EnumSet.noneOf(ComponentType.class);
      case SHAPE, PROJECT, EVERY_COMPONENT, ENTRYPOINTS, DISTRIBUTION ->
          EnumSet.allOf(ComponentType.class);
      case CARD_LOCATION, PREVIEW_IMAGE -> EnumSet.of(ComponentType.CARD);
      // App objects are object types too.
      case OBJECT_TYPES ->
          EnumSet.of(ComponentType.CARD, ComponentType.CRM_BULK_ACTION, ComponentType.APP_OBJECT);
      case APP_FUNCTIONS -> EnumSet.of(ComponentType.APP_FUNCTION);
      case SCIM -> EnumSet.of(ComponentType.SCIM);
      case TELEMETRY -> EnumSet.of(ComponentType.TELEMETRY);
      case BULK_ACTION_ICON -> EnumSet.of(ComponentType.CRM_BULK_ACTION);
      case WEBHOOKS -> EnumSet.of(ComponentType.WEBHOOKS);
      case FIELDS ->
          EnumSet.of(
              ComponentType.WORKFLOW_ACTION, ComponentType.APP_EVENT, ComponentType.APP_OBJECT);
      case OPTIONS_NOT_WRITTEN ->
          EnumSet.of(ComponentType.WORKFLOW_ACTION, ComponentType.APP_EVENT);
      case WORKFLOW_ACTIONS -> EnumSet.of(ComponentType.WORKFLOW_ACTION);
      case APP_EVENTS -> EnumSet.of(ComponentType.APP_EVENT);
      case APP_OBJECTS -> EnumSet.of(ComponentType.APP_OBJECT);
      // An association names app objects.
      case APP_OBJECT_ASSOCIATIONS ->
          EnumSet.of(ComponentType.APP_OBJECT_ASSOCIATION, ComponentType.APP_OBJECT);
      case EXPERIMENTAL_FEATURES ->
          EnumSet.of(
              ComponentType.MARKETING_EVENT,
              ComponentType.MEDIA_BRIDGE,
              ComponentType.VIDEO_CONFERENCING,
              ComponentType.CALLING,
              ComponentType.WEBHOOKS_JOURNAL,
              ComponentType.MCP_SERVER,
              ComponentType.MCP_CLIENT,
              ComponentType.API_CLIENT);
    };
  }

  /**
   * Whether a change of the features of the {@code changed} types, each keeping its uid, file name
   * and type ({@code cache.ProjectDelta}), can change what the group reports: it reads some of
   * those types, and is not {@link #SHAPE}.
   */
  public boolean reachedBy(Set<ComponentType> changed) {
    return this != SHAPE && !Collections.disjoint(reads(), changed);
  }

  /**
   * The component types whose every feature the group's rules must see to check the features of a
   * {@code cache.ProjectDelta}'s changed types: none where each rule checks a component on its own
   * (with the app), or compares only what a delta leaves as it was (uids, file names, how many of a
   * type); the app objects where a rule looks them up (the scopes and object types that name them);
   * else, and for a group added later, all the group reads. A partial compilation decodes those,
   * and the changed types' models, and no other kept model of a component.
   */
  Set<ComponentType> across() {
    return switch (this) {
      case APP, SHAPE, EVERY_COMPONENT, ENTRYPOINTS, DISTRIBUTION, CARD_LOCATION, PREVIEW_IMAGE ->
          EnumSet.noneOf(ComponentType.class);
      case PROJECT, OBJECT_TYPES -> EnumSet.of(ComponentType.APP_OBJECT);
      default -> reads();
    };
  }

  /** The group's rules; {@code frontend} is null when no front-end folder is configured. */
  List<Rule> create(FrontendFolder frontend) {
    return switch (this) {
      case APP ->
          List.of(
              new AppDuplicateRule(),
              new AuthMissingRule(),
              new AuthWithoutAppRule(),
              new ProjectNameRule(),
              new SrcDirRule(),
              new AppNameLengthRule(),
              new AppNameWhitespaceRule(),
              new AppDescriptionLengthRule(),
              new AppLogoRule(frontend),
              new AppUserLevelRule(),
              new AuthDistributionRule(),
              new RedirectRequiredRule(),
              new RedirectUrlRule(),
              new StaticRedirectRule(),
              new StaticScopesRule(),
              new ScopeRequiredRule(),
              new PermittedFetchUrlRule(),
              new PermittedUrlHttpsRule(),
              new SupportEmailRule(),
              new SupportUrlRule(),
              new SupportPhoneRule());
      case SHAPE ->
          List.of(
              new UidLengthRule(),
              new UidCharactersRule(),
              new AppMissingRule(),
              new UidDuplicateRule(),
              new UidReservedRule(),
              new FileNameRule(),
              new AnnotationUnusedRule(),
              new FileNameDuplicateRule(frontend),
              new FeatureSingleRule());
      case PROJECT -> scopeRules();
      case EVERY_COMPONENT ->
          List.of(
              new FeatureNameRule(),
              new FeaturePlatformVersionRule(),
              new PermissionsPlatformVersionRule());
      case CARD_LOCATION -> List.of(new CardLocationRule());
      case OBJECT_TYPES ->
          List.of(new ObjectTypeRule(), new ObjectTypesEmptyRule(), new ObjectScopeRule());
      case PREVIEW_IMAGE -> List.of(new PreviewImageRule(frontend));
      case ENTRYPOINTS -> List.of(new EntrypointPathRule(), new EntrypointMissingRule(frontend));
      case APP_FUNCTIONS ->
          List.of(
              new FunctionPackageJsonRule(frontend),
              new FunctionDistributionRule(),
              new FunctionEndpointRule(),
              new FunctionSecretKeyRule());
      case SCIM -> List.of(new ScimAuthRule());
      case TELEMETRY -> List.of(new TelemetryLogTypeRule(), new TelemetryLogLevelRule());
      case BULK_ACTION_ICON -> List.of(new BulkActionIconRule());
      case WEBHOOKS ->
          List.of(
              new WebhookSubscriptionTypeRule(),
              new WebhookObjectTypeRule(),
              new WebhookObjectTypeUnknownRule(),
              new WebhookPropertyNameRule(),
              new WebhookDuplicateRule(),
              new WebhookSettingsRule(),
              new WebhookSettingsMissingRule(),
              new WebhookScopeRule());
      case FIELDS ->
          List.of(
              new FieldTypeRule(),
              new FieldControlRule(),
              new FieldOptionsRule(),
              new FieldNameDuplicateRule(),
              new FieldOptionDuplicateRule(),
              new FieldOptionWhitespaceRule());
      case OPTIONS_NOT_WRITTEN -> List.of(new OptionNotWrittenRule());
      case WORKFLOW_ACTIONS ->
          List.of(
              new WorkflowUrlRule(),
              new WorkflowLabelsRule(),
              new WorkflowFieldReferenceRule(),
              new WorkflowControllingValueRule(),
              new WorkflowClientsRule(),
              new WorkflowOutputRule(),
              new WorkflowExecutionRuleRule(),
              new WorkflowObjectTypeRule(),
              new FieldExternalOptionsRule());
      case DISTRIBUTION -> List.of(new FeatureDistributionRule());
      case APP_EVENTS ->
          List.of(
              new AppEventNameRule(),
              new AppEventTemplateRule(),
              new AppEventTokenRule(),
              new AppEventLimitsRule(),
              new AppEventScopeRule());
      case APP_OBJECTS ->
          List.of(
              new AppObjectNameRule(),
              new AppObjectTextRule(),
              new AppObjectPropertyRule(),
              new AppObjectGroupRule());
      case APP_OBJECT_ASSOCIATIONS ->
          List.of(new AssociationObjectRule(), new AssociationLabelRule());
      case EXPERIMENTAL_FEATURES ->
          List.of(new ExperimentalTypeRule(), new ExperimentalConfigRule());
    };
  }

  private static List<Rule> scopeRules() {
    KnownScopes scopes = KnownScopes.load();
    return List.of(
        new ScopeFormatRule(scopes), new ScopeUnknownRule(scopes), new ScopeDuplicateRule());
  }
}
