import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of HubSpot component the benchmark can generate, one generator each: the source of component number
 * {@code n} (one class), how many project files the processor writes for {@code count} of them and their
 * {@code type}, HubSpot's internal type name of those files (as HubSpot's parser counts them), and what the app needs
 * for them (distribution, scopes). Extension point: a new component kind is one more constant with its own
 * generator, and a size says how many of each kind it holds ({@link Size#ALL}).
 */
enum ComponentKind {
  /** {@code @Card}: one {@code src/app/cards/card-<n>-hsmeta.json} each. */
  CARD("Card", "card", "cards", "CARD", "card", false, "crm.objects.contacts.read") {
    @Override
    String source(String pkg, int n) {
      return "package " + pkg + ";\n\n"
          + "import io.github.hubspotapt.Card;\n\n"
          + "@Card(uid = \"card_" + n + "\", name = \"Card " + n + "\", location = \"crm.record.tab\",\n"
          + "    entrypoint = \"/app/cards/Card" + n + ".tsx\", objectTypes = \"contacts\")\n"
          + "public final class Card" + n + " {}\n";
    }
  },

  /**
   * {@code @WorkflowAction} on a record whose 10 components are {@code @InputField}s (string, textarea, date,
   * datetime, two numbers, bool, an enumeration, a multi-select enumeration, a string that may come from a record
   * property), on CONTACT, COMPANY, DEAL or TICKET in turn: one
   * {@code src/app/workflow-actions/schedule-follow-up-<n>-hsmeta.json} each (named after the {@code en} action name).
   */
  WORKFLOW_ACTION("FollowUpAction", "workflow action", "workflow actions", "WORKFLOW_ACTION", "workflow-action",
      false,
      "crm.objects.contacts.read", "crm.objects.companies.read", "crm.objects.deals.read", "tickets") {
    @Override
    String source(String pkg, int n) {
      String[] object = ACTION_OBJECTS[(n - 1) % ACTION_OBJECTS.length];
      return """
          package %1$s;

          import io.github.hubspotapt.ActionLabels;
          import io.github.hubspotapt.InputField;
          import io.github.hubspotapt.ValueType;
          import io.github.hubspotapt.WorkflowAction;
          import java.math.BigDecimal;
          import java.time.DayOfWeek;
          import java.time.Instant;
          import java.time.LocalDate;
          import java.util.Set;

          /** Workflow action %2$d of the benchmark: its 10 components are the action's input fields. */
          @WorkflowAction(
              uid = "follow_up_action_%2$d",
              actionUrl = "https://bench-app.example/hubspot/actions/follow-up-%2$d",
              published = true,
              objectTypes = "%3$s",
              objectRequestProperties = {%4$s},
              labels = @ActionLabels(
                  actionName = "Schedule follow-up %2$d",
                  actionDescription = "Creates follow-up task %2$d for the enrolled %5$s.",
                  actionCardContent = "Follow up on {{dueDate}}: {{title}}"))
          public record FollowUpAction%2$d(
              @InputField(label = "Title", description = "The task's subject.", required = true) String title,
              @InputField(label = "Notes", description = "Printed on the task.", fieldType = "textarea") String notes,
              @InputField(label = "Due date", required = true) LocalDate dueDate,
              @InputField(label = "Remind at") Instant remindAt,
              @InputField(label = "Priority", description = "1 (low) to 10 (high).") int priority,
              @InputField(label = "Expected value",
                  supportedValueTypes = {ValueType.STATIC_VALUE, ValueType.OBJECT_PROPERTY}) BigDecimal expectedValue,
              @InputField(label = "Notify the owner") boolean notifyOwner,
              @InputField(label = "Preferred day", required = true) DayOfWeek preferredDay,
              @InputField(label = "Repeat on", description = "Days the task repeats on.") Set<DayOfWeek> repeatOn,
              @InputField(label = "Assignee email",
                  supportedValueTypes = {ValueType.STATIC_VALUE, ValueType.OBJECT_PROPERTY}) String assigneeEmail) {}
          """.formatted(pkg, n, object[0], object[1], object[0].toLowerCase(Locale.ROOT));
    }
  },

  /**
   * {@code @WebhookSubscription} on the handler method of a class; the first handler class also carries the app's one
   * {@code @WebhookSettings}. All subscriptions go into ONE file, {@code src/app/webhooks/webhooks-hsmeta.json}
   * (named after the settings' default uid {@code webhooks}), which HubSpot's parser counts as one WEBHOOKS
   * component. The subscriptions are distinct (type, object, property): {@code object.propertyChange} and classic
   * {@code <object>.propertyChange} on the six webhook objects with distinct property names, alternating with the
   * 64 others ({@code object.<event>}, {@code <object>.<event>}, {@code contact.privacyDeletion},
   * {@code conversation.*}) while they last, so every size has all three groups of the file.
   */
  WEBHOOK_SUBSCRIPTION("WebhookHandler", "webhook subscription", "webhook subscriptions", "WEBHOOKS", "webhooks",
      false,
      "crm.objects.contacts.read", "crm.objects.companies.read", "crm.objects.deals.read", "tickets",
      "crm.objects.products.read", "crm.objects.line_items.read", "conversations.read") {
    @Override
    String source(String pkg, int n) {
      String[] subscription = subscription(n);
      String values = "subscriptionType = \"" + subscription[0] + "\""
          + (subscription[1].isEmpty() ? "" : ", objectType = \"" + subscription[1] + "\"")
          + (subscription[2].isEmpty() ? "" : ",\n      propertyName = \"" + subscription[2] + "\"");
      boolean settings = n == 1;
      return "package " + pkg + ";\n\n"
          + (settings ? "import io.github.hubspotapt.WebhookSettings;\n" : "")
          + "import io.github.hubspotapt.WebhookSubscription;\n\n"
          + "/** Webhook handler " + n + " of the benchmark" + (settings ? "; also where HubSpot sends the events" : "")
          + ". */\n"
          + (settings ? "@WebhookSettings(targetUrl = \"https://bench-app.example/hubspot/webhooks\","
              + " maxConcurrentRequests = 10)\n" : "")
          + "public final class WebhookHandler" + n + " {\n\n"
          + "  private long lastObjectId;\n"
          + "  private int events;\n\n"
          + "  @WebhookSubscription(" + values + ")\n"
          + "  public void handle(long objectId, String value) {\n"
          + "    lastObjectId = objectId;\n"
          + "    events += value == null ? 0 : 1;\n"
          + "  }\n\n"
          + "  public long lastObjectId() {\n"
          + "    return lastObjectId;\n"
          + "  }\n\n"
          + "  public int events() {\n"
          + "    return events;\n"
          + "  }\n"
          + "}\n";
    }

    @Override
    int fileCount(int count) {
      return Math.min(count, 1);
    }
  },

  /**
   * {@code @AppEvent} on a record whose 5 components are {@code @EventProperty}s (string, string, number, date,
   * enumeration), on COMPANY, CONTACT, DEAL or TICKET in turn, with header and detail templates that use them: one
   * {@code src/app/app-events/webinar-registration-<n>-hsmeta.json} each (named after the uid). Needs an OAuth
   * marketplace app with the {@code timeline} scope, and at most 750 per app (HS-APP-EVENT-LIMITS).
   */
  APP_EVENT("WebinarRegistration", "app event", "app events", "APP_EVENT", "app-event", true, "timeline") {
    @Override
    String source(String pkg, int n) {
      String objectType = EVENT_OBJECTS[(n - 1) % EVENT_OBJECTS.length];
      return """
          package %1$s;

          import io.github.hubspotapt.AppEvent;
          import io.github.hubspotapt.AppEventObjectType;
          import io.github.hubspotapt.EventProperty;
          import java.time.DayOfWeek;
          import java.time.LocalDate;

          /** App event %2$d of the benchmark: its components are the event's properties. */
          @AppEvent(
              uid = "webinar_registration_%2$d",
              name = "Webinar registration %2$d",
              objectType = AppEventObjectType.%3$s,
              headerTemplate = "Registered for [{{webinarName}}]({{webinarUrl}})",
              detailTemplate = "Registered on {{#formatDate timestamp}}{{/formatDate}} for {{seats}} seat(s);"
                  + " the webinar starts on {{startDate}} ({{webinarDay}}).")
          public record WebinarRegistration%2$d(
              @EventProperty(label = "Webinar name") String webinarName,
              @EventProperty(label = "Webinar URL") String webinarUrl,
              @EventProperty(label = "Seats") int seats,
              @EventProperty(label = "Start date") LocalDate startDate,
              @EventProperty(label = "Webinar day") DayOfWeek webinarDay) {}
          """.formatted(pkg, n, objectType);
    }
  };

  final String classPrefix;
  final String singular;
  final String plural;
  /** HubSpot's internal type of the files, as its parser reports them ({@code accepted: ... (CARD 20, ...)}). */
  final String parserType;
  /** The {@code type} of the files ({@code "type": "card"}), as the processor writes it. */
  final String hsmetaType;
  /** Whether the app must be an OAuth marketplace app (else the benchmark's app is a static private one). */
  final boolean needsMarketplace;
  /** The scopes the app requests for components of this kind (read scopes of their objects, timeline, ...). */
  final List<String> scopes;

  ComponentKind(String classPrefix, String singular, String plural, String parserType, String hsmetaType,
      boolean needsMarketplace, String... scopes) {
    this.classPrefix = classPrefix;
    this.singular = singular;
    this.plural = plural;
    this.parserType = parserType;
    this.hsmetaType = hsmetaType;
    this.needsMarketplace = needsMarketplace;
    this.scopes = List.of(scopes);
  }

  /** The Java source of component number {@code n} of this kind: one top-level class named classPrefix + n. */
  abstract String source(String pkg, int n);

  /**
   * How many project files the processor writes for {@code count} components of this kind (default: one each). Only
   * the count: the names are the processor's, read from its list of generated files ({@link ProjectCheck}).
   */
  int fileCount(int count) {
    return count;
  }

  String describe(int count) {
    return Report.fmt(count) + " " + (count == 1 ? singular : plural);
  }

  /** Workflow actions' object types in turn, with the record properties HubSpot sends with each execution. */
  static final String[][] ACTION_OBJECTS = {
      {"CONTACT", "\"email\", \"firstname\""},
      {"COMPANY", "\"name\", \"domain\""},
      {"DEAL", "\"dealname\", \"amount\""},
      {"TICKET", "\"subject\", \"hs_pipeline_stage\""}};

  /** App events' object types in turn. */
  static final String[] EVENT_OBJECTS = {"COMPANY", "CONTACT", "DEAL", "TICKET"};

  /** The objects webhook subscriptions can name (the read scope of each is in WEBHOOK_SUBSCRIPTION's scopes). */
  static final List<String> WEBHOOK_OBJECTS = List.of("contact", "company", "deal", "ticket", "product", "line_item");

  /**
   * 64 distinct subscriptions {type, objectType, propertyName} that are not CRM property changes: hub events
   * (conversation.propertyChange watches a conversation property), object.* and classic types, interleaved.
   */
  static final List<String[]> OTHER_SUBSCRIPTIONS = otherSubscriptions();

  static List<String[]> otherSubscriptions() {
    List<String[]> hub = new ArrayList<>();
    hub.add(new String[] {"contact.privacyDeletion", "", ""});
    for (String event : List.of("creation", "deletion", "newMessage", "privacyDeletion")) {
      hub.add(new String[] {"conversation." + event, "", ""});
    }
    hub.add(new String[] {"conversation.propertyChange", "", "status"});
    List<String[]> crm = new ArrayList<>();
    List<String[]> legacy = new ArrayList<>();
    for (String event : List.of("creation", "deletion", "merge", "restore", "associationChange")) {
      for (String object : WEBHOOK_OBJECTS) {
        if (object.equals("product") && event.equals("associationChange")) {
          continue; // the Webhooks API has no product.associationChange
        }
        crm.add(new String[] {"object." + event, object, ""});
        legacy.add(new String[] {object + "." + event, "", ""});
      }
    }
    List<String[]> all = new ArrayList<>();
    for (int i = 0; i < crm.size(); i++) {
      if (i < hub.size()) {
        all.add(hub.get(i));
      }
      all.add(crm.get(i));
      all.add(legacy.get(i));
    }
    return List.copyOf(all);
  }

  /**
   * Subscription {@code n} as {type, objectType, propertyName} ("" for none): odd positions take the next of the 64
   * that are not CRM property changes while there are any; the others are CRM property changes, {@code object.*} and
   * classic in turn, on the six objects in turn, of property {@code bench_property_<n>}, so no two are the same.
   */
  static String[] subscription(int n) {
    int i = n - 1;
    if (i % 2 == 1 && i / 2 < OTHER_SUBSCRIPTIONS.size()) {
      return OTHER_SUBSCRIPTIONS.get(i / 2);
    }
    int j = i / 2;
    String object = WEBHOOK_OBJECTS.get((j / 2) % WEBHOOK_OBJECTS.size());
    String property = "bench_property_" + n;
    return j % 2 == 0 ? new String[] {"object.propertyChange", object, property}
        : new String[] {object + ".propertyChange", "", property};
  }
}
