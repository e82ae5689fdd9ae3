package io.github.hubspotapt;

/**
 * OAuth scope names for {@link Auth#requiredScopes()}, {@link Auth#optionalScopes()} and {@link
 * Auth#conditionallyRequiredScopes()}, e.g. {@code requiredScopes = {Scopes.OAUTH,
 * Scopes.CRM_OBJECTS_CONTACTS_READ}}.
 *
 * <p>The list is the processor's list of known scopes: the scopes of HubSpot's scope documentation
 * and official samples, and the OAuth scopes HubSpot's OpenAPI specs declare. HubSpot adds scopes
 * over time, so a plain string keeps working; one that is not listed here is a warning ({@code
 * HS-SCOPE-UNKNOWN}), not an error. Scopes on the app's own app objects ({@code
 * crm.app.objects.car.read}, {@code crm.app.schemas.car.read}) name the project's objects, so they
 * have no constants: the processor knows them from the project's {@link AppObject}s. What each
 * scope grants, and the account tier it needs, is in HubSpot's scope documentation; a line here
 * says what the name stands for.
 *
 * <p>Constant names are the scope names in upper case, with '.' and '-' as '_'. Two scopes would
 * get the same name that way: {@code business_units.view.read} is {@link
 * #BUSINESS_UNITS_DOT_VIEW_READ}.
 */
public final class Scopes {

  /** Read the account's security information, such as its activity logs. */
  public static final String ACCOUNT_INFO_SECURITY_READ = "account-info.security.read";

  /** The accounting extension (HubSpot's accounting extension API asks for it). */
  public static final String ACCOUNTING = "accounting";

  /** The legacy {@code actions} scope of HubSpot's scope table. */
  public static final String ACTIONS = "actions";

  /** Send behavioral events. */
  public static final String ANALYTICS_BEHAVIORAL_EVENTS_SEND = "analytics.behavioral_events.send";

  /** Workflows (the automation API). */
  public static final String AUTOMATION = "automation";

  /** Enroll contacts in sequences. */
  public static final String AUTOMATION_SEQUENCES_ENROLLMENTS_WRITE =
      "automation.sequences.enrollments.write";

  /** Read sequences. */
  public static final String AUTOMATION_SEQUENCES_READ = "automation.sequences.read";

  /** Create, change and delete sequences. */
  public static final String AUTOMATION_SEQUENCES_WRITE = "automation.sequences.write";

  /** Read and change behavioral event definitions. */
  public static final String BEHAVIORAL_EVENTS_EVENT_DEFINITIONS_READ_WRITE =
      "behavioral_events.event_definitions.read_write";

  /** The endpoints that sit on top of sources and email (business intelligence). */
  public static final String BUSINESS_INTELLIGENCE = "business-intelligence";

  /**
   * Read business units; the spelling of HubSpot's older docs ({@link #BUSINESS_UNITS_VIEW_READ} is
   * the OpenAPI specs' one).
   */
  public static final String BUSINESS_UNITS_DOT_VIEW_READ = "business_units.view.read";

  /**
   * Read business units; the spelling of HubSpot's OpenAPI specs ({@link
   * #BUSINESS_UNITS_DOT_VIEW_READ} is the older docs' one).
   */
  public static final String BUSINESS_UNITS_VIEW_READ = "business_units_view.read";

  /** List the account's connected domains. */
  public static final String CMS_DOMAINS_READ = "cms.domains.read";

  /** Create, change and delete connected domains. */
  public static final String CMS_DOMAINS_WRITE = "cms.domains.write";

  /** Read serverless functions, their secrets and their execution results. */
  public static final String CMS_FUNCTIONS_READ = "cms.functions.read";

  /** Write serverless functions and their secrets. */
  public static final String CMS_FUNCTIONS_WRITE = "cms.functions.write";

  /** Change and publish knowledge base articles. */
  public static final String CMS_KNOWLEDGE_BASE_ARTICLES_PUBLISH =
      "cms.knowledge_base.articles.publish";

  /** Read knowledge base articles. */
  public static final String CMS_KNOWLEDGE_BASE_ARTICLES_READ = "cms.knowledge_base.articles.read";

  /** Change knowledge base articles. */
  public static final String CMS_KNOWLEDGE_BASE_ARTICLES_WRITE =
      "cms.knowledge_base.articles.write";

  /** Read the knowledge base's general and template settings. */
  public static final String CMS_KNOWLEDGE_BASE_SETTINGS_READ = "cms.knowledge_base.settings.read";

  /** Change the knowledge base's settings. */
  public static final String CMS_KNOWLEDGE_BASE_SETTINGS_WRITE =
      "cms.knowledge_base.settings.write";

  /** Change membership access groups. */
  public static final String CMS_MEMBERSHIP_ACCESS_GROUPS_WRITE =
      "cms.membership.access_groups.write";

  /** Read website performance data. */
  public static final String CMS_PERFORMANCE_READ = "cms.performance.read";

  /** Query account data through HubSpot's GraphQL endpoint. */
  public static final String COLLECTOR_GRAPHQL_QUERY_EXECUTE = "collector.graphql_query.execute";

  /** Run introspection queries on HubSpot's GraphQL schema. */
  public static final String COLLECTOR_GRAPHQL_SCHEMA_READ = "collector.graphql_schema.read";

  /** Read contacts' subscription preferences. */
  public static final String COMMUNICATION_PREFERENCES_READ = "communication_preferences.read";

  /** Read and change contacts' subscription preferences. */
  public static final String COMMUNICATION_PREFERENCES_READ_WRITE =
      "communication_preferences.read_write";

  /** Read contacts' subscription statuses in batches. */
  public static final String COMMUNICATION_PREFERENCES_STATUSES_BATCH_READ =
      "communication_preferences.statuses.batch.read";

  /** Change contacts' subscription statuses in batches. */
  public static final String COMMUNICATION_PREFERENCES_STATUSES_BATCH_WRITE =
      "communication_preferences.statuses.batch.write";

  /** Change contacts' subscription preferences. */
  public static final String COMMUNICATION_PREFERENCES_WRITE = "communication_preferences.write";

  /** The legacy {@code contacts} scope (the accounting extension's contact sync asks for it). */
  public static final String CONTACTS = "contacts";

  /** Sites, landing pages, CTAs, email, blog and campaigns. */
  public static final String CONTENT = "content";

  /** Read landing pages. */
  public static final String CONTENT_LANDING_PAGES_READ = "content.landing_pages.read";

  /** Create, change and delete landing pages. */
  public static final String CONTENT_LANDING_PAGES_WRITE = "content.landing_pages.write";

  /** Read website pages. */
  public static final String CONTENT_SITE_PAGES_READ = "content.site_pages.read";

  /** Create, change and delete website pages. */
  public static final String CONTENT_SITE_PAGES_WRITE = "content.site_pages.write";

  /** Read custom channels of the conversations inbox. */
  public static final String CONVERSATIONS_CUSTOM_CHANNELS_READ =
      "conversations.custom_channels.read";

  /** Create, change and delete custom channels of the conversations inbox. */
  public static final String CONVERSATIONS_CUSTOM_CHANNELS_WRITE =
      "conversations.custom_channels.write";

  /**
   * Read threads of the conversations inbox; webhook subscriptions to conversation events need it.
   */
  public static final String CONVERSATIONS_READ = "conversations.read";

  /** Fetch identification tokens for signed-in website visitors who use the chat widget. */
  public static final String CONVERSATIONS_VISITOR_IDENTIFICATION_TOKENS_CREATE =
      "conversations.visitor_identification.tokens.create";

  /** Change threads of the conversations inbox. */
  public static final String CONVERSATIONS_WRITE = "conversations.write";

  /** Read CPQ quotes. */
  public static final String CPQ_QUOTES_READ = "cpq.quotes.read";

  /** Create, change and delete CPQ quotes. */
  public static final String CPQ_QUOTES_WRITE = "cpq.quotes.write";

  /** Read and change deal splits. */
  public static final String CRM_DEALSPLITS_READ_WRITE = "crm.dealsplits.read_write";

  /** Export CRM records. */
  public static final String CRM_EXPORT = "crm.export";

  /** Read call transcripts of calling extensions. */
  public static final String CRM_EXTENSIONS_CALLING_TRANSCRIPTS_READ =
      "crm.extensions_calling_transcripts.read";

  /** Write call transcripts of calling extensions. */
  public static final String CRM_EXTENSIONS_CALLING_TRANSCRIPTS_WRITE =
      "crm.extensions_calling_transcripts.write";

  /** Import records into the CRM, creating new ones or changing existing ones. */
  public static final String CRM_IMPORT = "crm.import";

  /** Read lists. */
  public static final String CRM_LISTS_READ = "crm.lists.read";

  /** Create, change and delete lists. */
  public static final String CRM_LISTS_WRITE = "crm.lists.write";

  /** Read appointments and their properties. */
  public static final String CRM_OBJECTS_APPOINTMENTS_READ = "crm.objects.appointments.read";

  /** Read the properties of appointments that hold sensitive data. */
  public static final String CRM_OBJECTS_APPOINTMENTS_SENSITIVE_READ =
      "crm.objects.appointments.sensitive.read";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_APPOINTMENTS_SENSITIVE_READ}, declared in HubSpot's
   * OpenAPI specs.
   */
  public static final String CRM_OBJECTS_APPOINTMENTS_SENSITIVE_READ_V2 =
      "crm.objects.appointments.sensitive.read.v2";

  /** Change the properties of appointments that hold sensitive data. */
  public static final String CRM_OBJECTS_APPOINTMENTS_SENSITIVE_WRITE =
      "crm.objects.appointments.sensitive.write";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_APPOINTMENTS_SENSITIVE_WRITE}, declared in
   * HubSpot's OpenAPI specs.
   */
  public static final String CRM_OBJECTS_APPOINTMENTS_SENSITIVE_WRITE_V2 =
      "crm.objects.appointments.sensitive.write.v2";

  /** Create, change and delete appointments. */
  public static final String CRM_OBJECTS_APPOINTMENTS_WRITE = "crm.objects.appointments.write";

  /** Read calls and their properties. */
  public static final String CRM_OBJECTS_CALLS_READ = "crm.objects.calls.read";

  /** Read carts and their properties. */
  public static final String CRM_OBJECTS_CARTS_READ = "crm.objects.carts.read";

  /** Create, change and delete carts. */
  public static final String CRM_OBJECTS_CARTS_WRITE = "crm.objects.carts.write";

  /** Read commerce payments and their properties. */
  public static final String CRM_OBJECTS_COMMERCEPAYMENTS_READ =
      "crm.objects.commercepayments.read";

  /** Create, change and delete commerce payments. */
  public static final String CRM_OBJECTS_COMMERCEPAYMENTS_WRITE =
      "crm.objects.commercepayments.write";

  /** Read the properties of companies that hold highly sensitive data. */
  public static final String CRM_OBJECTS_COMPANIES_HIGHLY_SENSITIVE_READ =
      "crm.objects.companies.highly_sensitive.read";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_COMPANIES_HIGHLY_SENSITIVE_READ}, declared in
   * HubSpot's OpenAPI specs.
   */
  public static final String CRM_OBJECTS_COMPANIES_HIGHLY_SENSITIVE_READ_V2 =
      "crm.objects.companies.highly_sensitive.read.v2";

  /** Change the properties of companies that hold highly sensitive data. */
  public static final String CRM_OBJECTS_COMPANIES_HIGHLY_SENSITIVE_WRITE =
      "crm.objects.companies.highly_sensitive.write";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_COMPANIES_HIGHLY_SENSITIVE_WRITE}, declared in
   * HubSpot's OpenAPI specs.
   */
  public static final String CRM_OBJECTS_COMPANIES_HIGHLY_SENSITIVE_WRITE_V2 =
      "crm.objects.companies.highly_sensitive.write.v2";

  /** Read companies and their properties. */
  public static final String CRM_OBJECTS_COMPANIES_READ = "crm.objects.companies.read";

  /** Read the properties of companies that hold sensitive data. */
  public static final String CRM_OBJECTS_COMPANIES_SENSITIVE_READ =
      "crm.objects.companies.sensitive.read";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_COMPANIES_SENSITIVE_READ}, declared in HubSpot's
   * OpenAPI specs.
   */
  public static final String CRM_OBJECTS_COMPANIES_SENSITIVE_READ_V2 =
      "crm.objects.companies.sensitive.read.v2";

  /** Change the properties of companies that hold sensitive data. */
  public static final String CRM_OBJECTS_COMPANIES_SENSITIVE_WRITE =
      "crm.objects.companies.sensitive.write";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_COMPANIES_SENSITIVE_WRITE}, declared in HubSpot's
   * OpenAPI specs.
   */
  public static final String CRM_OBJECTS_COMPANIES_SENSITIVE_WRITE_V2 =
      "crm.objects.companies.sensitive.write.v2";

  /** Create, change and delete companies. */
  public static final String CRM_OBJECTS_COMPANIES_WRITE = "crm.objects.companies.write";

  /** Read the properties of contacts that hold highly sensitive data. */
  public static final String CRM_OBJECTS_CONTACTS_HIGHLY_SENSITIVE_READ =
      "crm.objects.contacts.highly_sensitive.read";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_CONTACTS_HIGHLY_SENSITIVE_READ}, declared in
   * HubSpot's OpenAPI specs.
   */
  public static final String CRM_OBJECTS_CONTACTS_HIGHLY_SENSITIVE_READ_V2 =
      "crm.objects.contacts.highly_sensitive.read.v2";

  /** Change the properties of contacts that hold highly sensitive data. */
  public static final String CRM_OBJECTS_CONTACTS_HIGHLY_SENSITIVE_WRITE =
      "crm.objects.contacts.highly_sensitive.write";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_CONTACTS_HIGHLY_SENSITIVE_WRITE}, declared in
   * HubSpot's OpenAPI specs.
   */
  public static final String CRM_OBJECTS_CONTACTS_HIGHLY_SENSITIVE_WRITE_V2 =
      "crm.objects.contacts.highly_sensitive.write.v2";

  /** Read contacts and their properties. */
  public static final String CRM_OBJECTS_CONTACTS_READ = "crm.objects.contacts.read";

  /** Read the properties of contacts that hold sensitive data. */
  public static final String CRM_OBJECTS_CONTACTS_SENSITIVE_READ =
      "crm.objects.contacts.sensitive.read";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_CONTACTS_SENSITIVE_READ}, declared in HubSpot's
   * OpenAPI specs.
   */
  public static final String CRM_OBJECTS_CONTACTS_SENSITIVE_READ_V2 =
      "crm.objects.contacts.sensitive.read.v2";

  /** Change the properties of contacts that hold sensitive data. */
  public static final String CRM_OBJECTS_CONTACTS_SENSITIVE_WRITE =
      "crm.objects.contacts.sensitive.write";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_CONTACTS_SENSITIVE_WRITE}, declared in HubSpot's
   * OpenAPI specs.
   */
  public static final String CRM_OBJECTS_CONTACTS_SENSITIVE_WRITE_V2 =
      "crm.objects.contacts.sensitive.write.v2";

  /** Create, change and delete contacts. */
  public static final String CRM_OBJECTS_CONTACTS_WRITE = "crm.objects.contacts.write";

  /** Read contracts and their properties. */
  public static final String CRM_OBJECTS_CONTRACTS_READ = "crm.objects.contracts.read";

  /** Read courses and their properties. */
  public static final String CRM_OBJECTS_COURSES_READ = "crm.objects.courses.read";

  /** Create, change and delete courses. */
  public static final String CRM_OBJECTS_COURSES_WRITE = "crm.objects.courses.write";

  /** Read the properties of custom objects that hold highly sensitive data. */
  public static final String CRM_OBJECTS_CUSTOM_HIGHLY_SENSITIVE_READ =
      "crm.objects.custom.highly_sensitive.read";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_CUSTOM_HIGHLY_SENSITIVE_READ}, declared in
   * HubSpot's OpenAPI specs.
   */
  public static final String CRM_OBJECTS_CUSTOM_HIGHLY_SENSITIVE_READ_V2 =
      "crm.objects.custom.highly_sensitive.read.v2";

  /** Change the properties of custom objects that hold highly sensitive data. */
  public static final String CRM_OBJECTS_CUSTOM_HIGHLY_SENSITIVE_WRITE =
      "crm.objects.custom.highly_sensitive.write";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_CUSTOM_HIGHLY_SENSITIVE_WRITE}, declared in
   * HubSpot's OpenAPI specs.
   */
  public static final String CRM_OBJECTS_CUSTOM_HIGHLY_SENSITIVE_WRITE_V2 =
      "crm.objects.custom.highly_sensitive.write.v2";

  /** Read custom objects and their properties. */
  public static final String CRM_OBJECTS_CUSTOM_READ = "crm.objects.custom.read";

  /** Read the properties of custom objects that hold sensitive data. */
  public static final String CRM_OBJECTS_CUSTOM_SENSITIVE_READ =
      "crm.objects.custom.sensitive.read";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_CUSTOM_SENSITIVE_READ}, declared in HubSpot's
   * OpenAPI specs.
   */
  public static final String CRM_OBJECTS_CUSTOM_SENSITIVE_READ_V2 =
      "crm.objects.custom.sensitive.read.v2";

  /** Change the properties of custom objects that hold sensitive data. */
  public static final String CRM_OBJECTS_CUSTOM_SENSITIVE_WRITE =
      "crm.objects.custom.sensitive.write";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_CUSTOM_SENSITIVE_WRITE}, declared in HubSpot's
   * OpenAPI specs.
   */
  public static final String CRM_OBJECTS_CUSTOM_SENSITIVE_WRITE_V2 =
      "crm.objects.custom.sensitive.write.v2";

  /** Create, change and delete custom objects. */
  public static final String CRM_OBJECTS_CUSTOM_WRITE = "crm.objects.custom.write";

  /** Read the properties of deals that hold highly sensitive data. */
  public static final String CRM_OBJECTS_DEALS_HIGHLY_SENSITIVE_READ =
      "crm.objects.deals.highly_sensitive.read";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_DEALS_HIGHLY_SENSITIVE_READ}, declared in HubSpot's
   * OpenAPI specs.
   */
  public static final String CRM_OBJECTS_DEALS_HIGHLY_SENSITIVE_READ_V2 =
      "crm.objects.deals.highly_sensitive.read.v2";

  /** Change the properties of deals that hold highly sensitive data. */
  public static final String CRM_OBJECTS_DEALS_HIGHLY_SENSITIVE_WRITE =
      "crm.objects.deals.highly_sensitive.write";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_DEALS_HIGHLY_SENSITIVE_WRITE}, declared in
   * HubSpot's OpenAPI specs.
   */
  public static final String CRM_OBJECTS_DEALS_HIGHLY_SENSITIVE_WRITE_V2 =
      "crm.objects.deals.highly_sensitive.write.v2";

  /** Read deals and their properties. */
  public static final String CRM_OBJECTS_DEALS_READ = "crm.objects.deals.read";

  /** Read the properties of deals that hold sensitive data. */
  public static final String CRM_OBJECTS_DEALS_SENSITIVE_READ = "crm.objects.deals.sensitive.read";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_DEALS_SENSITIVE_READ}, declared in HubSpot's
   * OpenAPI specs.
   */
  public static final String CRM_OBJECTS_DEALS_SENSITIVE_READ_V2 =
      "crm.objects.deals.sensitive.read.v2";

  /** Change the properties of deals that hold sensitive data. */
  public static final String CRM_OBJECTS_DEALS_SENSITIVE_WRITE =
      "crm.objects.deals.sensitive.write";

  /**
   * The {@code .v2} form of {@link #CRM_OBJECTS_DEALS_SENSITIVE_WRITE}, declared in HubSpot's
   * OpenAPI specs.
   */
  public static final String CRM_OBJECTS_DEALS_SENSITIVE_WRITE_V2 =
      "crm.objects.deals.sensitive.write.v2";

  /** Create, change and delete deals. */
  public static final String CRM_OBJECTS_DEALS_WRITE = "crm.objects.deals.write";

  /** Read emails and their properties. */
  public static final String CRM_OBJECTS_EMAILS_READ = "crm.objects.emails.read";

  /**
   * Read feedback submissions and their properties (the older docs' spelling of {@link
   * #CRM_OBJECTS_FEEDBACK_SUBMISSIONS_READ}).
   */
  public static final String CRM_OBJECTS_FEEDBACK_SUBMISSION_READ =
      "crm.objects.feedback_submission.read";

  /** Read feedback submissions and their properties (the OpenAPI specs' spelling). */
  public static final String CRM_OBJECTS_FEEDBACK_SUBMISSIONS_READ =
      "crm.objects.feedback_submissions.read";

  /** Read goals and their properties. */
  public static final String CRM_OBJECTS_GOALS_READ = "crm.objects.goals.read";

  /** Create, change and delete goals. */
  public static final String CRM_OBJECTS_GOALS_WRITE = "crm.objects.goals.write";

  /** Read invoices and their properties. */
  public static final String CRM_OBJECTS_INVOICES_READ = "crm.objects.invoices.read";

  /** Create, change and delete invoices. */
  public static final String CRM_OBJECTS_INVOICES_WRITE = "crm.objects.invoices.write";

  /** Read leads and their properties. */
  public static final String CRM_OBJECTS_LEADS_READ = "crm.objects.leads.read";

  /** Create, change and delete leads. */
  public static final String CRM_OBJECTS_LEADS_WRITE = "crm.objects.leads.write";

  /** Read line items and their properties. */
  public static final String CRM_OBJECTS_LINE_ITEMS_READ = "crm.objects.line_items.read";

  /** Create, change and delete line items. */
  public static final String CRM_OBJECTS_LINE_ITEMS_WRITE = "crm.objects.line_items.write";

  /** Read listings and their properties. */
  public static final String CRM_OBJECTS_LISTINGS_READ = "crm.objects.listings.read";

  /** Create, change and delete listings. */
  public static final String CRM_OBJECTS_LISTINGS_WRITE = "crm.objects.listings.write";

  /** Read marketing events and their properties. */
  public static final String CRM_OBJECTS_MARKETING_EVENTS_READ =
      "crm.objects.marketing_events.read";

  /** Create, change and delete marketing events. */
  public static final String CRM_OBJECTS_MARKETING_EVENTS_WRITE =
      "crm.objects.marketing_events.write";

  /** Read meetings and their properties. */
  public static final String CRM_OBJECTS_MEETINGS_READ = "crm.objects.meetings.read";

  /** Read notes and their properties. */
  public static final String CRM_OBJECTS_NOTES_READ = "crm.objects.notes.read";

  /** Read orders and their properties. */
  public static final String CRM_OBJECTS_ORDERS_READ = "crm.objects.orders.read";

  /** Create, change and delete orders. */
  public static final String CRM_OBJECTS_ORDERS_WRITE = "crm.objects.orders.write";

  /** Read owners (the users assigned to CRM records) and their properties. */
  public static final String CRM_OBJECTS_OWNERS_READ = "crm.objects.owners.read";

  /** Read partner clients and their properties. */
  public static final String CRM_OBJECTS_PARTNER_CLIENTS_READ = "crm.objects.partner-clients.read";

  /** Create, change and delete partner clients. */
  public static final String CRM_OBJECTS_PARTNER_CLIENTS_WRITE =
      "crm.objects.partner-clients.write";

  /** Read partner services and their properties. */
  public static final String CRM_OBJECTS_PARTNER_SERVICES_READ =
      "crm.objects.partner-services.read";

  /** Create, change and delete partner services. */
  public static final String CRM_OBJECTS_PARTNER_SERVICES_WRITE =
      "crm.objects.partner-services.write";

  /** Read products and their properties. */
  public static final String CRM_OBJECTS_PRODUCTS_READ = "crm.objects.products.read";

  /** Create, change and delete products. */
  public static final String CRM_OBJECTS_PRODUCTS_WRITE = "crm.objects.products.write";

  /** Read the properties of projects that hold highly sensitive data. */
  public static final String CRM_OBJECTS_PROJECTS_HIGHLY_SENSITIVE_READ =
      "crm.objects.projects.highly_sensitive.read";

  /** Change the properties of projects that hold highly sensitive data. */
  public static final String CRM_OBJECTS_PROJECTS_HIGHLY_SENSITIVE_WRITE =
      "crm.objects.projects.highly_sensitive.write";

  /** Read projects and their properties. */
  public static final String CRM_OBJECTS_PROJECTS_READ = "crm.objects.projects.read";

  /** Read the properties of projects that hold sensitive data. */
  public static final String CRM_OBJECTS_PROJECTS_SENSITIVE_READ =
      "crm.objects.projects.sensitive.read";

  /** Change the properties of projects that hold sensitive data. */
  public static final String CRM_OBJECTS_PROJECTS_SENSITIVE_WRITE =
      "crm.objects.projects.sensitive.write";

  /** Create, change and delete projects. */
  public static final String CRM_OBJECTS_PROJECTS_WRITE = "crm.objects.projects.write";

  /** Read quotes and their properties. */
  public static final String CRM_OBJECTS_QUOTES_READ = "crm.objects.quotes.read";

  /** Create, change and delete quotes. */
  public static final String CRM_OBJECTS_QUOTES_WRITE = "crm.objects.quotes.write";

  /** Read services and their properties. */
  public static final String CRM_OBJECTS_SERVICES_READ = "crm.objects.services.read";

  /** Create, change and delete services. */
  public static final String CRM_OBJECTS_SERVICES_WRITE = "crm.objects.services.write";

  /** Read subscriptions and their properties. */
  public static final String CRM_OBJECTS_SUBSCRIPTIONS_READ = "crm.objects.subscriptions.read";

  /** Create, change and delete subscriptions. */
  public static final String CRM_OBJECTS_SUBSCRIPTIONS_WRITE = "crm.objects.subscriptions.write";

  /** Read tasks and their properties. */
  public static final String CRM_OBJECTS_TASKS_READ = "crm.objects.tasks.read";

  /** Read the properties of tickets that hold highly sensitive data. */
  public static final String CRM_OBJECTS_TICKETS_HIGHLY_SENSITIVE_READ =
      "crm.objects.tickets.highly_sensitive.read";

  /** Change the properties of tickets that hold highly sensitive data. */
  public static final String CRM_OBJECTS_TICKETS_HIGHLY_SENSITIVE_WRITE =
      "crm.objects.tickets.highly_sensitive.write";

  /**
   * Read tickets and their properties: the granular form of {@link #TICKETS}, which HubSpot's
   * MCP-server docs and public projects request; webhook subscriptions on tickets accept it as well
   * as {@link #TICKETS}.
   */
  public static final String CRM_OBJECTS_TICKETS_READ = "crm.objects.tickets.read";

  /** Read the properties of tickets that hold sensitive data. */
  public static final String CRM_OBJECTS_TICKETS_SENSITIVE_READ =
      "crm.objects.tickets.sensitive.read";

  /** Change the properties of tickets that hold sensitive data. */
  public static final String CRM_OBJECTS_TICKETS_SENSITIVE_WRITE =
      "crm.objects.tickets.sensitive.write";

  /** Create, change and delete tickets: the granular form of {@link #TICKETS}. */
  public static final String CRM_OBJECTS_TICKETS_WRITE = "crm.objects.tickets.write";

  /** Read users and their properties. */
  public static final String CRM_OBJECTS_USERS_READ = "crm.objects.users.read";

  /** Create, change and delete users. */
  public static final String CRM_OBJECTS_USERS_WRITE = "crm.objects.users.write";

  /** Read the pipelines of orders. */
  public static final String CRM_PIPELINES_ORDERS_READ = "crm.pipelines.orders.read";

  /** Create, change and delete the pipelines of orders. */
  public static final String CRM_PIPELINES_ORDERS_WRITE = "crm.pipelines.orders.write";

  /** Read the property definitions (schema) of appointments. */
  public static final String CRM_SCHEMAS_APPOINTMENTS_READ = "crm.schemas.appointments.read";

  /** Create, change and delete the property definitions (schema) of appointments. */
  public static final String CRM_SCHEMAS_APPOINTMENTS_WRITE = "crm.schemas.appointments.write";

  /** Read the property definitions (schema) of calls. */
  public static final String CRM_SCHEMAS_CALLS_READ = "crm.schemas.calls.read";

  /** Read the property definitions (schema) of carts. */
  public static final String CRM_SCHEMAS_CARTS_READ = "crm.schemas.carts.read";

  /** Create, change and delete the property definitions (schema) of carts. */
  public static final String CRM_SCHEMAS_CARTS_WRITE = "crm.schemas.carts.write";

  /** Read the property definitions (schema) of commerce payments. */
  public static final String CRM_SCHEMAS_COMMERCEPAYMENTS_READ =
      "crm.schemas.commercepayments.read";

  /** Create, change and delete the property definitions (schema) of commerce payments. */
  public static final String CRM_SCHEMAS_COMMERCEPAYMENTS_WRITE =
      "crm.schemas.commercepayments.write";

  /** Read the property definitions (schema) of companies. */
  public static final String CRM_SCHEMAS_COMPANIES_READ = "crm.schemas.companies.read";

  /** Create, change and delete the property definitions (schema) of companies. */
  public static final String CRM_SCHEMAS_COMPANIES_WRITE = "crm.schemas.companies.write";

  /** Read the property definitions (schema) of contacts. */
  public static final String CRM_SCHEMAS_CONTACTS_READ = "crm.schemas.contacts.read";

  /** Create, change and delete the property definitions (schema) of contacts. */
  public static final String CRM_SCHEMAS_CONTACTS_WRITE = "crm.schemas.contacts.write";

  /** Read the property definitions (schema) of courses. */
  public static final String CRM_SCHEMAS_COURSES_READ = "crm.schemas.courses.read";

  /** Create, change and delete the property definitions (schema) of courses. */
  public static final String CRM_SCHEMAS_COURSES_WRITE = "crm.schemas.courses.write";

  /** Read custom object definitions (schemas). */
  public static final String CRM_SCHEMAS_CUSTOM_READ = "crm.schemas.custom.read";

  /** Create, change and archive custom object definitions (schemas). */
  public static final String CRM_SCHEMAS_CUSTOM_WRITE = "crm.schemas.custom.write";

  /** Read the property definitions (schema) of deals. */
  public static final String CRM_SCHEMAS_DEALS_READ = "crm.schemas.deals.read";

  /** Create, change and delete the property definitions (schema) of deals. */
  public static final String CRM_SCHEMAS_DEALS_WRITE = "crm.schemas.deals.write";

  /** Read the property definitions (schema) of emails. */
  public static final String CRM_SCHEMAS_EMAILS_READ = "crm.schemas.emails.read";

  /** Read the property definitions (schema) of invoices. */
  public static final String CRM_SCHEMAS_INVOICES_READ = "crm.schemas.invoices.read";

  /** Create, change and delete the property definitions (schema) of invoices. */
  public static final String CRM_SCHEMAS_INVOICES_WRITE = "crm.schemas.invoices.write";

  /** Read the property definitions (schema) of line items. */
  public static final String CRM_SCHEMAS_LINE_ITEMS_READ = "crm.schemas.line_items.read";

  /** Read the property definitions (schema) of listings. */
  public static final String CRM_SCHEMAS_LISTINGS_READ = "crm.schemas.listings.read";

  /** Create, change and delete the property definitions (schema) of listings. */
  public static final String CRM_SCHEMAS_LISTINGS_WRITE = "crm.schemas.listings.write";

  /** Read the property definitions (schema) of meetings. */
  public static final String CRM_SCHEMAS_MEETINGS_READ = "crm.schemas.meetings.read";

  /** Read the property definitions (schema) of notes. */
  public static final String CRM_SCHEMAS_NOTES_READ = "crm.schemas.notes.read";

  /** Read the property definitions (schema) of orders. */
  public static final String CRM_SCHEMAS_ORDERS_READ = "crm.schemas.orders.read";

  /** Create, change and delete the property definitions (schema) of orders. */
  public static final String CRM_SCHEMAS_ORDERS_WRITE = "crm.schemas.orders.write";

  /** Read the property definitions (schema) of projects. */
  public static final String CRM_SCHEMAS_PROJECTS_READ = "crm.schemas.projects.read";

  /** Create, change and delete the property definitions (schema) of projects. */
  public static final String CRM_SCHEMAS_PROJECTS_WRITE = "crm.schemas.projects.write";

  /** Read the property definitions (schema) of quotes. */
  public static final String CRM_SCHEMAS_QUOTES_READ = "crm.schemas.quotes.read";

  /** Create, change and delete the property definitions (schema) of quotes. */
  public static final String CRM_SCHEMAS_QUOTES_WRITE = "crm.schemas.quotes.write";

  /** Read the property definitions (schema) of services. */
  public static final String CRM_SCHEMAS_SERVICES_READ = "crm.schemas.services.read";

  /** Create, change and delete the property definitions (schema) of services. */
  public static final String CRM_SCHEMAS_SERVICES_WRITE = "crm.schemas.services.write";

  /** Read the property definitions (schema) of subscriptions. */
  public static final String CRM_SCHEMAS_SUBSCRIPTIONS_READ = "crm.schemas.subscriptions.read";

  /** Create, change and delete the property definitions (schema) of subscriptions. */
  public static final String CRM_SCHEMAS_SUBSCRIPTIONS_WRITE = "crm.schemas.subscriptions.write";

  /** Read the property definitions (schema) of tasks. */
  public static final String CRM_SCHEMAS_TASKS_READ = "crm.schemas.tasks.read";

  /** Read the property definitions (schema) of tickets. */
  public static final String CRM_SCHEMAS_TICKETS_READ = "crm.schemas.tickets.read";

  /** Create, change and delete the property definitions (schema) of tickets. */
  public static final String CRM_SCHEMAS_TICKETS_WRITE = "crm.schemas.tickets.write";

  /** Read CTAs. */
  public static final String CTAS_READ = "ctas.read";

  /** Read the files of data integration sources. */
  public static final String DATA_INTEGRATION_DATA_SOURCE_FILE_READ =
      "data_integration.data_source.file.read";

  /** Write the files of data integration sources. */
  public static final String DATA_INTEGRATION_DATA_SOURCE_FILE_WRITE =
      "data_integration.data_source.file.write";

  /** The legacy scope of products and line items (HubSpot's v1 line items API asks for it). */
  public static final String E_COMMERCE = "e-commerce";

  /** Access to forms for external integrations. */
  public static final String EXTERNAL_INTEGRATIONS_FORMS_ACCESS =
      "external_integrations.forms.access";

  /** The file manager. */
  public static final String FILES = "files";

  /** Delete files. */
  public static final String FILES_DELETE = "files.delete";

  /** Read files. */
  public static final String FILES_READ = "files.read";

  /** Read files that the file manager does not show, such as attachments and system files. */
  public static final String FILES_UI_HIDDEN_READ = "files.ui_hidden.read";

  /** Write files that the file manager does not show. */
  public static final String FILES_UI_HIDDEN_WRITE = "files.ui_hidden.write";

  /** Upload and change files. */
  public static final String FILES_WRITE = "files.write";

  /** Forms. */
  public static final String FORMS = "forms";

  /** Download files submitted through forms. */
  public static final String FORMS_UPLOADED_FILES = "forms-uploaded-files";

  /** HubDB. */
  public static final String HUBDB = "hubdb";

  /** Read HubDB rows. */
  public static final String HUBDB_ROWS_READ = "hubdb.rows.read";

  /** Create, change and delete HubDB rows. */
  public static final String HUBDB_ROWS_WRITE = "hubdb.rows.write";

  /** Publish HubDB tables. */
  public static final String HUBDB_TABLES_PUBLISH = "hubdb.tables.publish";

  /** Read HubDB tables. */
  public static final String HUBDB_TABLES_READ = "hubdb.tables.read";

  /** Create, change and delete HubDB tables. */
  public static final String HUBDB_TABLES_WRITE = "hubdb.tables.write";

  /** The legacy {@code integration-sync} scope of HubSpot's scope table. */
  public static final String INTEGRATION_SYNC = "integration-sync";

  /** The legacy marketing email scope. */
  public static final String MARKETING_EMAIL = "marketing-email";

  /** Read marketing AEO data. */
  public static final String MARKETING_AEO_READ = "marketing.aeo.read";

  /** Read marketing campaigns. */
  public static final String MARKETING_CAMPAIGNS_READ = "marketing.campaigns.read";

  /** Read the revenue of marketing campaigns (the {@code full} variant). */
  public static final String MARKETING_CAMPAIGNS_REVENUE_FULL_READ =
      "marketing.campaigns.revenue.full.read";

  /** Read the revenue of marketing campaigns (the {@code lite} variant). */
  public static final String MARKETING_CAMPAIGNS_REVENUE_LITE_READ =
      "marketing.campaigns.revenue.lite.read";

  /** Read the revenue of marketing campaigns. */
  public static final String MARKETING_CAMPAIGNS_REVENUE_READ = "marketing.campaigns.revenue.read";

  /** Create, change and delete marketing campaigns. */
  public static final String MARKETING_CAMPAIGNS_WRITE = "marketing.campaigns.write";

  /** Read marketing emails. */
  public static final String MARKETING_EMAIL_READ = "marketing.email.read";

  /** Create, change and delete marketing emails. */
  public static final String MARKETING_EMAIL_WRITE = "marketing.email.write";

  /** Read media bridge objects and events. */
  public static final String MEDIA_BRIDGE_READ = "media_bridge.read";

  /** Create and change media bridge objects and events. */
  public static final String MEDIA_BRIDGE_WRITE = "media_bridge.write";

  /** The basic OAuth scope; HubSpot's templates and samples always require it. */
  public static final String OAUTH = "oauth";

  /** Read the IP ranges webhooks are sent from. */
  public static final String ORIGINS_IP_RANGES_WEBHOOK_READ = "origins.ip_ranges.webhook.read";

  /** Change the IP ranges webhooks are sent from. */
  public static final String ORIGINS_IP_RANGES_WEBHOOK_WRITE = "origins.ip_ranges.webhook.write";

  /** Read one-to-one emails sent to contacts. */
  public static final String SALES_EMAIL_READ = "sales-email-read";

  /** Read meeting scheduler links. */
  public static final String SCHEDULER_MEETINGS_MEETING_LINK_READ =
      "scheduler.meetings.meeting-link.read";

  /** Change the account's billing settings. */
  public static final String SETTINGS_BILLING_WRITE = "settings.billing.write";

  /** Read the account's currencies and exchange rates. */
  public static final String SETTINGS_CURRENCIES_READ = "settings.currencies.read";

  /** Change the account's currencies and exchange rates. */
  public static final String SETTINGS_CURRENCIES_WRITE = "settings.currencies.write";

  /** Read the account's users and their permissions. */
  public static final String SETTINGS_USERS_READ = "settings.users.read";

  /**
   * Assign users to teams; the spelling of HubSpot's older docs ({@link
   * #SETTINGS_USERS_TEAMS_WRITE} is the OpenAPI specs' one).
   */
  public static final String SETTINGS_USERS_TEAM_WRITE = "settings.users.team.write";

  /** Read the account's teams. */
  public static final String SETTINGS_USERS_TEAMS_READ = "settings.users.teams.read";

  /** Change the account's teams; the spelling of HubSpot's OpenAPI specs. */
  public static final String SETTINGS_USERS_TEAMS_WRITE = "settings.users.teams.write";

  /** Create, change and delete the account's users and their permissions. */
  public static final String SETTINGS_USERS_WRITE = "settings.users.write";

  /** The legacy social scope. */
  public static final String SOCIAL = "social";

  /** Read tax rates. */
  public static final String TAX_RATES_READ = "tax_rates.read";

  /**
   * Tickets, the legacy scope; cards and bulk actions on tickets need it, and the webhooks API asks
   * for it for ticket subscriptions (which accept {@link #CRM_OBJECTS_TICKETS_READ} too).
   */
  public static final String TICKETS = "tickets";

  /** Ticket properties that hold highly sensitive data. */
  public static final String TICKETS_HIGHLY_SENSITIVE = "tickets.highly_sensitive";

  /**
   * The {@code .v2} form of {@link #TICKETS_HIGHLY_SENSITIVE}, declared in HubSpot's OpenAPI specs.
   */
  public static final String TICKETS_HIGHLY_SENSITIVE_V2 = "tickets.highly_sensitive.v2";

  /** Ticket properties that hold sensitive data. */
  public static final String TICKETS_SENSITIVE = "tickets.sensitive";

  /** The {@code .v2} form of {@link #TICKETS_SENSITIVE}, declared in HubSpot's OpenAPI specs. */
  public static final String TICKETS_SENSITIVE_V2 = "tickets.sensitive.v2";

  /** Create and change custom timeline events on CRM records. */
  public static final String TIMELINE = "timeline";

  /** Transactional emails. */
  public static final String TRANSACTIONAL_EMAIL = "transactional-email";

  /** Constants only. */
  private Scopes() {}
}
