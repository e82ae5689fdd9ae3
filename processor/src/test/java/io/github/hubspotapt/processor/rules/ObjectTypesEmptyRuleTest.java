package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ObjectTypesEmptyRuleTest {

  private static final String RULE = "HS-OBJECT-TYPES-EMPTY";

  @Test
  void cardWithoutObjectTypesIsAnErrorOnTheCard() {
    JavaFileObject card = AppSource.card("MyCard").with("objectTypes", "{}").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), card);

    assertRejected(
        compilation,
        card,
        RULE,
        "@Card objectTypes is empty; name at least one, e.g. objectTypes = \"contacts\"",
        "@Card");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void bulkActionWithoutObjectTypesIsAnErrorOnTheAction() {
    JavaFileObject action = AppSource.bulkAction("MyAction").with("objectTypes", "{}").build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.bulkActionApp().build(), action),
        action,
        RULE,
        "@CrmBulkAction objectTypes is empty; name at least one, e.g. objectTypes = \"contacts\"",
        "@CrmBulkAction");
  }

  @Test
  void oneObjectTypePasses() {
    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.valid().build(),
            AppSource.card("MyCard").with("objectTypes", "{\"contacts\"}").build());

    assertSucceededWithout(compilation, RULE);
  }
}
