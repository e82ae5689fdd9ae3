package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AppEventLimitsRuleTest {

  private static final String RULE = "HS-APP-EVENT-LIMITS";

  /**
   * An event class with {@code count} String fields (a record cannot have that many components).
   */
  private static JavaFileObject eventWithProperties(int count) {
    return AppSource.appEvent("Registration")
        .asClass(
            IntStream.range(0, count)
                .mapToObj(i -> "  String property" + i + ";")
                .toArray(String[]::new))
        .build();
  }

  /** {@code count} event types, one class per line, named E000, E001, ... */
  private static JavaFileObject events(int count) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String n = String.format("%03d", i);
      lines.add(
          "@AppEvent(uid = \"e"
              + n
              + "\", name = \"Event "
              + n
              + "\", objectType = AppEventObjectType.CONTACT)"
              + " class E"
              + n
              + " {}");
    }
    lines.add("final class Events {}");
    return AppSource.javaFile("Events", lines.toArray(String[]::new));
  }

  @Test
  void eventWith501PropertiesIsAnErrorOnTheAnnotation() {
    JavaFileObject event = eventWithProperties(501);

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), event),
        event,
        RULE,
        "@AppEvent has 501 properties; HubSpot allows at most 500",
        "@AppEvent(");
  }

  @Test
  void eventWithExactly500PropertiesPasses() {
    assertPasses(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), eventWithProperties(500)), RULE);
  }

  @Test
  void app751EventTypesIsOneErrorOnTheFirstEventPastTheLimit() {
    JavaFileObject events = events(751);

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), events);

    assertRejected(
        compilation,
        events,
        RULE,
        "the app declares 751 @AppEvent types; HubSpot allows at most 750 per app",
        "@AppEvent(uid = \"e750\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void app750EventTypesPass() {
    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), events(750)), RULE);
  }
}
