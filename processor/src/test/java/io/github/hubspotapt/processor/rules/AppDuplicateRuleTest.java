package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AppDuplicateRuleTest {

  private static final String RULE = "HS-APP-DUPLICATE";
  private static final String MESSAGE =
      "a HubSpot project has exactly one app, but 2 classes carry @HubSpotApp: test.OtherApp, test.TestApp; keep one";

  @Test
  void twoAppsAreAnErrorOnEachHubSpotApp() {
    JavaFileObject first = AppSource.valid().build();
    JavaFileObject second = AppSource.valid("OtherApp").with("uid", "\"other_app\"").build();

    Compilation compilation = compile(first, second);

    assertRejected(compilation, first, RULE, MESSAGE, "@HubSpotApp");
    assertError(compilation, second, RULE, MESSAGE, "@HubSpotApp");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void oneAppNextToAnotherClassIsNotADuplicate() {
    JavaFileObject app = AppSource.valid().build();
    JavaFileObject plain =
        JavaFileObjects.forSourceLines("test.Plain", "package test;", "", "public class Plain {}");

    Compilation compilation = compile(app, plain);

    assertSucceededWithout(compilation, RULE);
  }
}
