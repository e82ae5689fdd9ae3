package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class FeatureNameRuleTest {

  private static final String RULE = "HS-FEATURE-NAME";

  @Test
  void emptyCardNameIsAnErrorOnTheValue() {
    JavaFileObject card = AppSource.card("MyCard").with("name", "\"\"").build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.valid().build(), card),
        card,
        RULE,
        "@Card name is empty; HubSpot shows it to users, so give it a title",
        "\"\"");
  }

  @Test
  void blankCardNameIsAnErrorQuotingTheValue() {
    JavaFileObject card = AppSource.card("MyCard").with("name", "\" \\t \"").build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.valid().build(), card),
        card,
        RULE,
        "@Card name is blank: \" \\u0009 \"; HubSpot shows it to users, so give it a title",
        "\" \\t \"");
  }

  @Test
  void emptyBulkActionLabelIsAnErrorOnTheValue() {
    JavaFileObject action = AppSource.bulkAction("MyAction").with("label", "\"\"").build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.bulkActionApp().build(), action),
        action,
        RULE,
        "@CrmBulkAction label is empty; HubSpot shows it to users, so give it a title",
        "\"\"");
  }

  @Test
  void oneCharacterNameAndLabelPass() {
    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.bulkActionApp().build(),
            AppSource.card("MyCard").with("name", "\"X\"").build(),
            AppSource.bulkAction("MyAction").with("label", "\"Y\"").build());

    assertSucceededWithout(compilation, RULE);
  }
}
