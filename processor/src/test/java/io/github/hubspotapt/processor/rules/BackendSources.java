package io.github.hubspotapt.processor.rules;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.testing.AppSource;
import io.github.hubspotapt.processor.testing.HubSpotCompiler;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Sources for the tests of the back-end rules (webhooks, workflow actions, app events, app objects, associations):
 * a feature class beside the valid app of {@link AppSource}, one member per line, compiled without the front-end note.
 */
final class BackendSources {

  static final List<String> OPTIONS = List.of("-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE");

  private BackendSources() {}

  /** {@code test.<className>}: the package and import lines, then {@code lines}. */
  static JavaFileObject source(String className, String... lines) {
    List<String> all = new ArrayList<>(List.of("package test;", "", "import io.github.hubspotapt.*;", ""));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("test." + className, all);
  }

  /**
   * {@code test.Hooks}: a {@code @WebhookSettings} class whose one handler method carries {@code subscription}, the
   * annotation lines as given (line 8 of the file onwards).
   */
  static JavaFileObject hooks(String... subscription) {
    String[] lines = new String[subscription.length + 5];
    lines[0] = "@WebhookSettings(";
    lines[1] = "    targetUrl = \"https://example.com/webhooks\")";
    lines[2] = "public class Hooks {";
    System.arraycopy(subscription, 0, lines, 3, subscription.length);
    lines[lines.length - 2] = "  void handle() {}";
    lines[lines.length - 1] = "}";
    return source("Hooks", lines);
  }

  /**
   * {@code test.Car}: the app object {@code CAR} of this uid, a record whose first component {@code String model} is
   * its display label, followed by {@code components} (one per line, e.g. {@code "Priority priority"}).
   */
  static JavaFileObject car(String uid, String... components) {
    List<String> lines = new ArrayList<>(List.of(
        "@AppObject(",
        "    uid = \"" + uid + "\",",
        "    name = \"CAR\",",
        "    description = \"Cars.\",",
        "    singularForm = \"Car\",",
        "    pluralForm = \"Cars\",",
        "    primaryDisplayLabelProperty = \"model\")",
        "public record Car(",
        "    String model"));
    for (String component : components) {
      lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ",");
      lines.add("    " + component);
    }
    lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ") {}");
    return source("Car", lines.toArray(String[]::new));
  }

  /** The valid OAuth marketplace app, with the {@code timeline} scope that app events need. */
  static AppSource app() {
    return AppSource.valid().withAuth("requiredScopes", "{\"oauth\", \"timeline\", \"crm.objects.contacts.read\"}");
  }

  static Compilation compile(JavaFileObject... sources) {
    return HubSpotCompiler.compile(OPTIONS, sources);
  }
}
