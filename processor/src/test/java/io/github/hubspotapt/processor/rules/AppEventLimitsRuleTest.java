package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.rules.BackendSources.app;
import static io.github.hubspotapt.processor.rules.BackendSources.compile;
import static io.github.hubspotapt.processor.rules.BackendSources.source;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AppEventLimitsRuleTest {

  private static final String RULE = "HS-APP-EVENT-LIMITS";

  /** An event class with {@code count} String fields (a record cannot have that many components). */
  private static JavaFileObject eventWithProperties(int count) {
    List<String> lines = new ArrayList<>(List.of(
        "@AppEvent(",
        "    uid = \"registration\",",
        "    name = \"Registration\",",
        "    objectType = AppEventObjectType.CONTACT)",
        "public class Registration {"));
    for (int i = 0; i < count; i++) {
      lines.add("  String property" + i + ";");
    }
    lines.add("}");
    return source("Registration", lines.toArray(String[]::new));
  }

  /** {@code count} event types, one class per line, named E000, E001, ... */
  private static JavaFileObject events(int count) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String n = String.format("%03d", i);
      lines.add("@AppEvent(uid = \"e" + n + "\", name = \"Event " + n + "\", objectType = AppEventObjectType.CONTACT)"
          + " class E" + n + " {}");
    }
    lines.add("final class Events {}");
    return source("Events", lines.toArray(String[]::new));
  }

  @Test
  void eventWith501PropertiesIsAnErrorOnTheAnnotation() {
    JavaFileObject event = eventWithProperties(501);

    Compilation compilation = compile(app().build(), event);

    assertThat(compilation).failed();
    assertError(compilation, event, RULE, "@AppEvent has 501 properties; HubSpot allows at most 500", "@AppEvent(");
    assertNothingWritten(compilation);
  }

  @Test
  void eventWithExactly500PropertiesPasses() {
    Compilation compilation = compile(app().build(), eventWithProperties(500));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void app751EventTypesIsOneErrorOnTheFirstEventPastTheLimit() {
    JavaFileObject events = events(751);

    Compilation compilation = compile(app().build(), events);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, events, RULE, "the app declares 751 @AppEvent types; HubSpot allows at most 750 per app",
        "@AppEvent(uid = \"e750\"");
    assertNothingWritten(compilation);
  }

  @Test
  void app750EventTypesPass() {
    Compilation compilation = compile(app().build(), events(750));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
