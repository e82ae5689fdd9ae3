package io.github.hubspotapt.processor.rules;

import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * A class that carries one valid feature annotation ({@code @Card}, {@code @Settings}, ...), one member per line, that
 * a test changes member by member, as {@link AppSource} does for the app. Every member sits on its own line, so a
 * diagnostic's line tells which member it points at.
 */
public final class FeatureSource {

  /** Keeps the output of tests without a front-end folder free of the HS-FRONTEND-NOT-CONFIGURED note. */
  public static final List<String> NO_FRONTEND = List.of("-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE");

  private final String annotation;
  private final String className;
  private final Map<String, String> members = new LinkedHashMap<>();
  private final List<String> classAnnotations = new ArrayList<>();

  private FeatureSource(String annotation, String className) {
    this.annotation = annotation;
    this.className = className;
  }

  /** {@code @Card} on {@code test.<className>}: uid {@code <className in snake case>}, on contacts' record tab. */
  public static FeatureSource card(String className) {
    return new FeatureSource("Card", className)
        .with("uid", quote(uid(className)))
        .with("name", "\"My Card\"")
        .with("location", "\"crm.record.tab\"")
        .with("entrypoint", "\"/app/cards/Card.tsx\"")
        .with("objectTypes", "\"contacts\"");
  }

  public static FeatureSource settings(String className) {
    return new FeatureSource("Settings", className)
        .with("uid", quote(uid(className)))
        .with("entrypoint", "\"/app/settings/Settings.tsx\"");
  }

  public static FeatureSource page(String className) {
    return new FeatureSource("Page", className)
        .with("uid", quote(uid(className)))
        .with("entrypoint", "\"/app/pages/Home.tsx\"");
  }

  /** A private function (no endpoint); needs {@link #privateStaticApp()}. */
  public static FeatureSource appFunction(String className) {
    return new FeatureSource("AppFunction", className)
        .with("uid", quote(uid(className)))
        .with("entrypoint", "\"/app/functions/function.js\"");
  }

  public static FeatureSource telemetry(String className) {
    return new FeatureSource("Telemetry", className)
        .with("uid", quote(uid(className)))
        .with("providerType", "TelemetryProvider.SENTRY");
  }

  /** Needs {@link #privateStaticApp()}. */
  public static FeatureSource scim(String className) {
    return new FeatureSource("Scim", className).with("uid", quote(uid(className)));
  }

  /** Needs {@link #bulkActionApp()}. */
  public static FeatureSource bulkAction(String className) {
    return new FeatureSource("CrmBulkAction", className)
        .with("uid", quote(uid(className)))
        .with("label", "\"My Action\"")
        .with("entrypoint", "\"/app/actions/Action.tsx\"")
        .with("objectTypes", "\"contacts\"");
  }

  /** A valid static-auth private app, as app functions and SCIM need. */
  public static AppSource privateStaticApp() {
    return AppSource.valid()
        .with("distribution", "Distribution.PRIVATE")
        .withAuth("type", "AuthType.STATIC")
        .withoutAuthMember("redirectUrls");
  }

  /** A valid app on the first platform version with CRM bulk actions. */
  public static AppSource bulkActionApp() {
    return AppSource.valid().with("platformVersion", "PlatformVersion.V2026_09_BETA");
  }

  /** Sets a member to a Java expression, e.g. {@code with("location", "\"crm.preview\"")}. */
  public FeatureSource with(String member, String expression) {
    members.put(member, expression);
    return this;
  }

  public FeatureSource without(String member) {
    members.remove(member);
    return this;
  }

  /** Adds a line before the class, e.g. {@code @SuppressWarnings("hubspot:HS-UID-RESERVED")}. */
  public FeatureSource annotatedWith(String annotationLine) {
    classAnnotations.add(annotationLine);
    return this;
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add("");
    lines.add("import io.github.hubspotapt.*;");
    lines.add("");
    lines.add("@" + annotation + "(");
    int i = 0;
    for (Map.Entry<String, String> member : members.entrySet()) {
      String end = ++i == members.size() ? ")" : ",";
      lines.add("    " + member.getKey() + " = " + member.getValue() + end);
    }
    if (members.isEmpty()) {
      lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ")");
    }
    lines.addAll(classAnnotations);
    lines.add("public class " + className + " {}");
    return lines;
  }

  public JavaFileObject build() {
    return JavaFileObjects.forSourceLines("test." + className, lines());
  }

  private static String uid(String className) {
    return className.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String quote(String value) {
    return "\"" + value + "\"";
  }
}
