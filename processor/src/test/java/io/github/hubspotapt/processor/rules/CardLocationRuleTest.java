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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardLocationRuleTest {

  private static final String RULE = "HS-CARD-LOCATION";
  private static final String LOCATIONS =
      "crm.record.tab, crm.record.sidebar, crm.preview, helpdesk.sidebar";

  @Test
  void misspelledLocationIsAnErrorWithTheNearestLocationAndItsConstantSuggested() {
    JavaFileObject card = AppSource.card("MyCard").with("location", "\"crm.record.tabs\"").build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.valid().build(), card),
        card,
        RULE,
        "card location \"crm.record.tabs\" is not one of "
            + LOCATIONS
            + " (did you mean crm.record.tab, CardLocation.CRM_RECORD_TAB?)",
        "\"crm.record.tabs\"");
  }

  @Test
  void pageLocationHomeIsAnErrorWithoutSuggestion() {
    JavaFileObject card = AppSource.card("MyCard").with("location", "\"home\"").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), card);

    assertRejected(
        compilation, card, RULE, "card location \"home\" is not one of " + LOCATIONS, "\"home\"");
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).doesNotContain("did you mean");
  }

  /** The constant a message names compiles, and means the same location. */
  @Test
  void theSuggestedConstantPasses() {
    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.valid().build(),
            AppSource.card("MyCard")
                .with("location", "io.github.hubspotapt.CardLocation.CRM_RECORD_TAB")
                .build());

    assertSucceededWithout(compilation, RULE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"crm.record.tab", "crm.record.sidebar", "crm.preview", "helpdesk.sidebar"})
  void everyCardLocationPasses(String location) {
    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.valid().build(),
            AppSource.card("MyCard").with("location", "\"" + location + "\"").build());

    assertSucceededWithout(compilation, RULE);
  }
}
