package io.github.hubspotapt;

/**
 * Where an app card shows in HubSpot, for {@link Card#location()}, e.g. {@code location =
 * CardLocation.CRM_RECORD_TAB}.
 *
 * <p>The four locations of HubSpot's app card reference, the list the processor checks against
 * ({@code HS-CARD-LOCATION}). A plain string keeps working.
 */
public final class CardLocation {

  /** A tab in the middle column of a CRM record page. */
  public static final String CRM_RECORD_TAB = "crm.record.tab";

  /** The right sidebar of a CRM record page. */
  public static final String CRM_RECORD_SIDEBAR = "crm.record.sidebar";

  /** The preview panel that opens on the right when a record is previewed without opening it. */
  public static final String CRM_PREVIEW = "crm.preview";

  /** The sidebar of a ticket in the help desk. */
  public static final String HELPDESK_SIDEBAR = "helpdesk.sidebar";

  /** Constants only. */
  private CardLocation() {}
}
