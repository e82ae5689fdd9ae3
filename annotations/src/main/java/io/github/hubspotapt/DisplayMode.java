package io.github.hubspotapt;

/**
 * How a {@link CrmBulkAction} opens: {@link CrmBulkAction#displayMode()}, written as {@code
 * config.displayMode}.
 */
public enum DisplayMode {
  /** In a panel; written as {@code PANEL}, the value of HubSpot's template. */
  PANEL,
  /** In a modal dialog; written as {@code MODAL}. */
  MODAL
}
