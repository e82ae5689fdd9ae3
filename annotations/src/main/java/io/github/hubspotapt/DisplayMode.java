package io.github.hubspotapt;

/** How a {@link CrmBulkAction} opens. */
public enum DisplayMode {
  PANEL,
  MODAL
}
