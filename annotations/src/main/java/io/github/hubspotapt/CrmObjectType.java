package io.github.hubspotapt;

/**
 * CRM object types for {@link Card#objectTypes()} and {@link CrmBulkAction#objectTypes()}, e.g.
 * {@code objectTypes = CrmObjectType.DEALS}.
 *
 * <p>The objects the processor checks against ({@code HS-OBJECT-TYPE}), in the plural lower-case
 * spelling of HubSpot's app card docs; the singular upper-case spelling ({@code DEAL}) and custom
 * objects ({@code p_<name>}) are allowed as plain strings. Each object needs its read scope in the
 * app's scopes ({@code HS-OBJECT-SCOPE}). Workflow actions spell object types in upper case ({@code
 * DEAL}), so these constants do not fit {@link WorkflowAction#objectTypes()}.
 */
public final class CrmObjectType {

  /** Contacts; the app needs {@link Scopes#CRM_OBJECTS_CONTACTS_READ}. */
  public static final String CONTACTS = "contacts";

  /** Companies; the app needs {@link Scopes#CRM_OBJECTS_COMPANIES_READ}. */
  public static final String COMPANIES = "companies";

  /** Deals; the app needs {@link Scopes#CRM_OBJECTS_DEALS_READ}. */
  public static final String DEALS = "deals";

  /** Tickets; the app needs {@link Scopes#TICKETS}. */
  public static final String TICKETS = "tickets";

  /** Appointments; the app needs {@link Scopes#CRM_OBJECTS_APPOINTMENTS_READ}. */
  public static final String APPOINTMENTS = "appointments";

  /** Courses; the app needs {@link Scopes#CRM_OBJECTS_COURSES_READ}. */
  public static final String COURSES = "courses";

  /** Listings; the app needs {@link Scopes#CRM_OBJECTS_LISTINGS_READ}. */
  public static final String LISTINGS = "listings";

  /** Services; the app needs {@link Scopes#CRM_OBJECTS_SERVICES_READ}. */
  public static final String SERVICES = "services";

  /** Constants only. */
  private CrmObjectType() {}
}
