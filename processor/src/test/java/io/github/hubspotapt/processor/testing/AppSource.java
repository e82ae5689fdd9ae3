package io.github.hubspotapt.processor.testing;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * One source file of a HubSpot app for a test: the valid {@code @HubSpotApp} + {@code @Auth} class,
 * or a class that carries one valid feature annotation ({@code @Card}, {@code @WorkflowAction},
 * ...), which a test changes member by member. Every annotation member, record component and body
 * line sits on its own line, so a diagnostic's line tells which member it points at; a member's
 * value may span lines of its own (a nested annotation).
 *
 * <p>A factory per feature type names the class {@code test.<className>} and derives what must
 * differ between two features of a type (the uid, in snake case) from the class name.
 */
public final class AppSource {

  private static final String APP = "HubSpotApp";
  private static final String AUTH = "Auth";

  private final String className;

  /** The annotation {@link #with} changes: the app's, or the feature's. */
  private final String feature;

  /** Annotation name to its members (name to Java expression), in source order. */
  private final Map<String, Map<String, String>> annotations = new LinkedHashMap<>();

  private final List<String> classAnnotations = new ArrayList<>();

  /** Record components; none for a class. */
  private final List<String> components = new ArrayList<>();

  private final List<String> body = new ArrayList<>();

  private AppSource(String className, String feature) {
    this.className = className;
    this.feature = feature;
    annotations.put(feature, new LinkedHashMap<>());
  }

  /** A valid marketplace OAuth app named {@code test.TestApp}. */
  public static AppSource valid() {
    return valid("TestApp");
  }

  /** A valid app in another class, e.g. for a second {@code @HubSpotApp}. */
  public static AppSource valid(String className) {
    return new AppSource(className, APP)
        .with("uid", "\"test_app\"")
        .with("name", "\"Test App\"")
        .with("description", "\"An app for tests.\"")
        .with("distribution", "Distribution.MARKETPLACE")
        .withAnnotation(AUTH)
        .withAuth("type", "AuthType.OAUTH")
        .withAuth("redirectUrls", "\"https://example.com/oauth/callback\"")
        .withAuth("requiredScopes", "{\"oauth\", \"crm.objects.contacts.read\"}");
  }

  /** A valid static-auth private app, as app functions and SCIM need. */
  public static AppSource privateStaticApp() {
    return valid()
        .with("distribution", "Distribution.PRIVATE")
        .withAuth("type", "AuthType.STATIC")
        .withoutAuthMember("redirectUrls");
  }

  /** A valid app on the first platform version with CRM bulk actions. */
  public static AppSource bulkActionApp() {
    return valid().with("platformVersion", "PlatformVersion.V2026_09_BETA");
  }

  /** The valid app with the {@code timeline} scope that app events need. */
  public static AppSource timelineApp() {
    return valid().withTimelineScope();
  }

  /** {@code @Card} on contacts' record tab. */
  public static AppSource card(String className) {
    return feature("Card", className)
        .with("name", "\"My Card\"")
        .with("location", "\"crm.record.tab\"")
        .with("entrypoint", "\"/app/cards/Card.tsx\"")
        .with("objectTypes", "\"contacts\"");
  }

  public static AppSource settings(String className) {
    return feature("Settings", className).with("entrypoint", "\"/app/settings/Settings.tsx\"");
  }

  public static AppSource page(String className) {
    return feature("Page", className).with("entrypoint", "\"/app/pages/Home.tsx\"");
  }

  /** A private function (no endpoint); needs {@link #privateStaticApp()}. */
  public static AppSource appFunction(String className) {
    return feature("AppFunction", className).with("entrypoint", "\"/app/functions/function.js\"");
  }

  public static AppSource telemetry(String className) {
    return feature("Telemetry", className).with("providerType", "TelemetryProvider.SENTRY");
  }

  /** Needs {@link #privateStaticApp()}. */
  public static AppSource scim(String className) {
    return feature("Scim", className);
  }

  /** Needs {@link #bulkActionApp()}. */
  public static AppSource bulkAction(String className) {
    return feature("CrmBulkAction", className)
        .with("label", "\"My Action\"")
        .with("entrypoint", "\"/app/actions/Action.tsx\"")
        .with("objectTypes", "\"contacts\"");
  }

  /**
   * {@code @ExperimentalFeature} of {@code type} (an {@code ExperimentalFeatureType} constant),
   * config {@code {}}.
   */
  public static AppSource experimental(String className, String type) {
    return feature("ExperimentalFeature", className)
        .with("type", "ExperimentalFeatureType." + type)
        .with("config", "\"{}\"");
  }

  /** {@code @WebhookSettings} (its default uid) without subscriptions. */
  public static AppSource webhookSettings(String className) {
    return new AppSource(className, "WebhookSettings")
        .with("targetUrl", "\"https://example.com/webhooks\"");
  }

  /**
   * {@code test.Hooks}: {@link #webhookSettings} whose one handler method {@code handle()} carries
   * {@code subscription}, the annotation lines as given (line 8 of the file onwards).
   */
  public static AppSource webhooks(String... subscription) {
    return webhookSettings("Hooks").body(subscription).body("  void handle() {}");
  }

  /**
   * The webhooks class with one subscription of {@code subscriptionType} on {@code objectType}, a
   * member a line.
   */
  public static AppSource webhookSubscription(String subscriptionType, String objectType) {
    return webhooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"" + subscriptionType + "\",",
        "      objectType = \"" + objectType + "\")");
  }

  /** {@code @WorkflowAction} with its English labels, a class without fields. */
  public static AppSource workflowAction(String className) {
    AppSource action = feature("WorkflowAction", className);
    return action
        .with("actionUrl", "\"https://example.com/actions/" + uid(className) + "\"")
        .with("labels", "@ActionLabels(\n        actionName = \"" + className + "\")");
  }

  /**
   * {@link #workflowAction} whose output type is its nested class {@code Result}, with {@code
   * outputFields} as its body lines (line 9 of the file onwards).
   */
  public static AppSource workflowActionWithOutput(String className, String... outputFields) {
    List<String> body = new ArrayList<>();
    body.add("  public static class Result {");
    body.addAll(List.of(outputFields));
    body.add("  }");
    return workflowAction(className)
        .with("output", className + ".Result.class")
        .asClass(body.toArray(String[]::new));
  }

  /** {@code @AppEvent} on contacts, a record with the one property {@code String webinarName}. */
  public static AppSource appEvent(String className) {
    return feature("AppEvent", className)
        .with("name", "\"" + className + "\"")
        .with("objectType", "AppEventObjectType.CONTACT")
        .record("String webinarName");
  }

  /**
   * {@code @AppObject} named after the class in upper snake case ({@code Car}: {@code CAR},
   * "Cars"), a record whose one component {@code String model} is its display label.
   */
  public static AppSource appObject(String className) {
    return feature("AppObject", className)
        .with("name", "\"" + uid(className).toUpperCase(Locale.ROOT) + "\"")
        .with("description", "\"" + className + "s.\"")
        .with("singularForm", "\"" + className + "\"")
        .with("pluralForm", "\"" + className + "s\"")
        .with("primaryDisplayLabelProperty", "\"model\"")
        .record("String model");
  }

  /**
   * {@code @AppObjectAssociation} of the app object {@code Car} (see {@link #appObject}) with
   * contacts.
   */
  public static AppSource association(String className) {
    return feature("AppObjectAssociation", className)
        .with("firstObject", "Car.class")
        .with("secondObjectType", "\"CONTACT\"");
  }

  /**
   * {@code test.<className>}: the package and import lines, then {@code lines}, for a type that
   * carries no feature.
   */
  public static JavaFileObject javaFile(String className, String... lines) {
    List<String> all = new ArrayList<>(header());
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("test." + className, all);
  }

  private static AppSource feature(String annotation, String className) {
    return new AppSource(className, annotation).with("uid", "\"" + uid(className) + "\"");
  }

  /**
   * Sets a member of the app's or the feature's annotation to a Java expression, e.g. {@code
   * with("uid", "\"\"")}.
   */
  public AppSource with(String member, String expression) {
    annotations.get(feature).put(member, expression);
    return this;
  }

  public AppSource without(String member) {
    annotations.get(feature).remove(member);
    return this;
  }

  /** Sets an {@code @Auth} member to a Java expression. */
  public AppSource withAuth(String member, String expression) {
    annotations.get(AUTH).put(member, expression);
    return this;
  }

  /** Requires the {@code timeline} scope that app events need, beside the valid app's. */
  public AppSource withTimelineScope() {
    return withAuth("requiredScopes", "{\"oauth\", \"timeline\", \"crm.objects.contacts.read\"}");
  }

  public AppSource withoutAuthMember(String member) {
    annotations.get(AUTH).remove(member);
    return this;
  }

  public AppSource withoutAuth() {
    annotations.remove(AUTH);
    return this;
  }

  public AppSource withoutApp() {
    annotations.remove(APP);
    return this;
  }

  /** Adds lines before the class, e.g. {@code @SuppressWarnings("hubspot:HS-SCOPE-UNKNOWN")}. */
  public AppSource annotatedWith(String... annotationLines) {
    classAnnotations.addAll(List.of(annotationLines));
    return this;
  }

  /**
   * Makes the type a record with exactly these components, one a line, e.g. {@code "String model"}.
   */
  public AppSource record(String... components) {
    this.components.clear();
    this.components.addAll(List.of(components));
    return this;
  }

  /**
   * Makes the type a class (not the record a factory gave) with this body, e.g. fields for
   * properties.
   */
  public AppSource asClass(String... body) {
    components.clear();
    return body(body);
  }

  /** Adds lines to the type's body, e.g. {@code " String message;"}. */
  public AppSource body(String... lines) {
    body.addAll(List.of(lines));
    return this;
  }

  private AppSource withAnnotation(String annotation) {
    annotations.put(annotation, new LinkedHashMap<>());
    return this;
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>(header());
    annotations.forEach((annotation, members) -> annotation(annotation, members, lines));
    lines.addAll(classAnnotations);
    String open = body.isEmpty() ? " {}" : " {";
    if (components.isEmpty()) {
      lines.add("public class " + className + open);
    } else {
      lines.add("public record " + className + "(");
      for (int i = 0; i < components.size(); i++) {
        lines.add("    " + components.get(i) + (i == components.size() - 1 ? ")" + open : ","));
      }
    }
    if (!body.isEmpty()) {
      lines.addAll(body);
      lines.add("}");
    }
    return lines;
  }

  /** The class's simple name, which its file is named after. */
  public String simpleName() {
    return className;
  }

  public JavaFileObject build() {
    return JavaFileObjects.forSourceLines("test." + className, lines());
  }

  private static List<String> header() {
    return List.of("package test;", "", "import io.github.hubspotapt.*;", "");
  }

  private static void annotation(String name, Map<String, String> members, List<String> lines) {
    lines.add("@" + name + "(");
    int i = 0;
    for (Map.Entry<String, String> member : members.entrySet()) {
      String end = ++i == members.size() ? ")" : ",";
      lines.addAll(
          List.of(("    " + member.getKey() + " = " + member.getValue() + end).split("\n")));
    }
    if (members.isEmpty()) {
      lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ")");
    }
  }

  /** {@code MyCard}: {@code my_card}. */
  private static String uid(String className) {
    return className.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
