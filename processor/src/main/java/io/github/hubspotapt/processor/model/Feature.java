package io.github.hubspotapt.processor.model;

/**
 * An app feature declared by an annotation on a class: one {@code *-hsmeta.json} file below {@code
 * src/app/}.
 */
public sealed interface Feature
    permits Card,
        Settings,
        Page,
        AppFunction,
        Telemetry,
        Scim,
        CrmBulkAction,
        WebhookSettings,
        WorkflowAction,
        AppEvent,
        AppObject,
        AppObjectAssociation,
        ExperimentalFeature {

  ComponentType type();

  /** The feature annotation on its class. */
  Origin origin();

  Located<String> uid();

  /**
   * The file's chosen name and the component's permissions, which every component annotation may
   * set.
   */
  ComponentFile file();

  /**
   * The front-end file the feature runs, from the source folder ({@code /app/cards/Card.tsx}); null
   * when it has none.
   */
  default Located<String> entrypoint() {
    return null;
  }

  /** What the file is named after: the feature's name where it has one, else its uid. */
  default String fileNameSource() {
    return uid().value();
  }
}
