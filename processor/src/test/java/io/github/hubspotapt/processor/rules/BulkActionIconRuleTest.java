package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class BulkActionIconRuleTest {

  private static final String RULE = "HS-BULK-ACTION-ICON";

  private static Compilation compileAction(JavaFileObject action) {
    return compile(NO_FRONTEND, AppSource.bulkActionApp().build(), action);
  }

  @Test
  void misspelledIconIsAnErrorWithTheNearestIconAndItsConstantSuggested() {
    JavaFileObject action = AppSource.bulkAction("MyAction").with("icon", "\"rigth\"").build();

    Compilation compilation = compileAction(action);

    assertRejected(
        compilation,
        action,
        RULE,
        "icon \"rigth\" is not a @hubspot/ui-extensions icon name (did you mean right, BulkActionIcon.RIGHT?)",
        "\"rigth\"");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A camel-case icon name has one '_' per word in its constant. */
  @Test
  void misspelledCamelCaseIconSuggestsItsConstant() {
    JavaFileObject action =
        AppSource.bulkAction("MyAction").with("icon", "\"callingHangpu\"").build();

    Compilation compilation = compileAction(action);

    assertRejected(
        compilation,
        action,
        RULE,
        "icon \"callingHangpu\" is not a @hubspot/ui-extensions icon name"
            + " (did you mean callingHangup, BulkActionIcon.CALLING_HANGUP?)",
        "\"callingHangpu\"");
  }

  @Test
  void theSuggestedConstantPasses() {
    Compilation compilation =
        compileAction(
            AppSource.bulkAction("MyAction")
                .with("icon", "io.github.hubspotapt.BulkActionIcon.CALLING_HANGUP")
                .build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void unknownIconFarFromEveryNameHasNoSuggestion() {
    JavaFileObject action =
        AppSource.bulkAction("MyAction").with("icon", "\"zzzzzzzzzzzzzzzzzzzz\"").build();

    Compilation compilation = compileAction(action);

    assertRejected(
        compilation,
        action,
        RULE,
        "icon \"zzzzzzzzzzzzzzzzzzzz\" is not a @hubspot/ui-extensions icon name",
        "\"zzzzzzzzzzzzzzzzzzzz\"");
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).doesNotContain("did you mean");
  }

  @Test
  void iconNamesAreCaseSensitive() {
    JavaFileObject action = AppSource.bulkAction("MyAction").with("icon", "\"Right\"").build();

    assertRejected(
        compileAction(action),
        action,
        RULE,
        "icon \"Right\" is not a @hubspot/ui-extensions icon name (did you mean right, BulkActionIcon.RIGHT?)",
        "\"Right\"");
  }

  /** "right" is the icon of HubSpot's 2026.09-beta action template. */
  @Test
  void templateIconPasses() {
    Compilation compilation =
        compileAction(AppSource.bulkAction("MyAction").with("icon", "\"right\"").build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void noIconPasses() {
    Compilation compilation = compileAction(AppSource.bulkAction("MyAction").build());

    assertSucceededWithout(compilation, RULE);
  }
}
