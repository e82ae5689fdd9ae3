package io.github.hubspotapt.processor.testing;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * A valid {@code @HubSpotApp} + {@code @Auth} class, one member per line, that a test changes member by member. Every
 * member sits on its own line, so a diagnostic's line tells which member it points at.
 */
public final class AppSource {

  private final String className;
  private final Map<String, String> app = new LinkedHashMap<>();
  private final Map<String, String> auth = new LinkedHashMap<>();
  private final List<String> classAnnotations = new ArrayList<>();
  private boolean withApp = true;
  private boolean withAuth = true;

  private AppSource(String className) {
    this.className = className;
    app.put("uid", "\"test_app\"");
    app.put("name", "\"Test App\"");
    app.put("description", "\"An app for tests.\"");
    app.put("distribution", "Distribution.MARKETPLACE");
    auth.put("type", "AuthType.OAUTH");
    auth.put("redirectUrls", "\"https://example.com/oauth/callback\"");
    auth.put("requiredScopes", "{\"oauth\", \"crm.objects.contacts.read\"}");
  }

  /** A valid marketplace OAuth app named {@code test.TestApp}. */
  public static AppSource valid() {
    return new AppSource("TestApp");
  }

  /** A valid app in another class, e.g. for a second {@code @HubSpotApp}. */
  public static AppSource valid(String className) {
    return new AppSource(className);
  }

  /** Sets a {@code @HubSpotApp} member to a Java expression, e.g. {@code with("uid", "\"\"")}. */
  public AppSource with(String member, String expression) {
    app.put(member, expression);
    return this;
  }

  public AppSource without(String member) {
    app.remove(member);
    return this;
  }

  /** Sets an {@code @Auth} member to a Java expression. */
  public AppSource withAuth(String member, String expression) {
    auth.put(member, expression);
    return this;
  }

  public AppSource withoutAuthMember(String member) {
    auth.remove(member);
    return this;
  }

  public AppSource withoutAuth() {
    withAuth = false;
    return this;
  }

  public AppSource withoutApp() {
    withApp = false;
    return this;
  }

  /** Adds a line before the class, e.g. {@code @SuppressWarnings("hubspot:HS-SCOPE-UNKNOWN")}. */
  public AppSource annotatedWith(String annotationLine) {
    classAnnotations.add(annotationLine);
    return this;
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add("");
    lines.add("import io.github.hubspotapt.*;");
    lines.add("");
    if (withApp) {
      lines.add("@HubSpotApp(");
      members(app, lines);
    }
    if (withAuth) {
      lines.add("@Auth(");
      members(auth, lines);
    }
    lines.addAll(classAnnotations);
    lines.add("public class " + className + " {}");
    return lines;
  }

  public JavaFileObject build() {
    return JavaFileObjects.forSourceLines("test." + className, lines());
  }

  private static void members(Map<String, String> members, List<String> lines) {
    int i = 0;
    for (Map.Entry<String, String> member : members.entrySet()) {
      String end = ++i == members.size() ? ")" : ",";
      lines.add("    " + member.getKey() + " = " + member.getValue() + end);
    }
    if (members.isEmpty()) {
      lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ")");
    }
  }
}
