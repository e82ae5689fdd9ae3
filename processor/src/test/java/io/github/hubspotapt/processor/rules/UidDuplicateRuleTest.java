package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class UidDuplicateRuleTest {

  private static final String RULE = "HS-UID-DUPLICATE";

  @Test
  void appAndCardSharingAUidAreAnErrorOnBoth() {
    JavaFileObject app = AppSource.valid().build();
    JavaFileObject card = AppSource.card("MyCard").with("uid", "\"test_app\"").build();

    Compilation compilation = compile(NO_FRONTEND, app, card);

    assertThat(compilation).failed();
    String message =
        "uid \"test_app\" is used by 2 components (test.TestApp, test.MyCard); uids must be unique in the"
            + " project";
    assertError(compilation, app, RULE, message, "\"test_app\"");
    assertError(compilation, card, RULE, message, "\"test_app\"");
    assertThat(compilation).hadErrorCount(2);
    assertNothingWritten(compilation);
  }

  @Test
  void threeFeaturesSharingAUidAreEachReportedWithTheCount() {
    JavaFileObject cardA = AppSource.card("CardA").with("uid", "\"shared\"").build();
    JavaFileObject cardB = AppSource.card("CardB").with("uid", "\"shared\"").build();
    JavaFileObject page = AppSource.page("MyPage").with("uid", "\"shared\"").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), cardA, cardB, page);

    assertThat(compilation).failed();
    String message = "uid \"shared\" is used by 3 components (";
    assertError(compilation, cardA, RULE, message, "\"shared\"");
    assertError(compilation, cardB, RULE, message, "\"shared\"");
    assertError(compilation, page, RULE, message, "\"shared\"");
    assertThat(compilation).hadErrorCount(3);
    assertNothingWritten(compilation);
  }

  @Test
  void distinctUidsPass() {
    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.valid().build(),
            AppSource.card("MyCard").with("uid", "\"test_app_card\"").build(),
            AppSource.page("MyPage").with("uid", "\"test_app.page\"").build());

    assertSucceededWithout(compilation, RULE);
  }
}
