package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Positions are asserted on class fields: on JDK 17 javac cannot place diagnostics on record components. */
class FieldExternalOptionsRuleTest {

  private static final String RULE = "HS-FIELD-EXTERNAL-OPTIONS";

  private static JavaFileObject actionWithOutput(String... resultBody) {
    String[] body = new String[resultBody.length + 2];
    body[0] = "  public static class Result {";
    System.arraycopy(resultBody, 0, body, 1, resultBody.length);
    body[body.length - 1] = "  }";
    return AppSource.workflowAction("Notify").with("output", "Notify.Result.class").asClass(body).build();
  }

  @Test
  void externalOptionsOnAStringOutputIsAWarningOnTheValue() {
    JavaFileObject action = actionWithOutput(
        "    @OutputField(",
        "        externalOptions = true)",
        "    String owner;");

    assertSucceededWithWarning(compile(NO_FRONTEND, AppSource.valid().build(), action), action, RULE,
        "externalOptions = true on output field \"owner\" of type string (Java type java.lang.String); HubSpot's"
            + " property docs apply externalOptions only to enumeration fields, whose options are owners: remove it,"
            + " or use an enum type", "true");
  }

  @Test
  void externalOptionsOnAnEnumOutputAndFalseElsewherePass() {
    JavaFileObject action = actionWithOutput(
        "    @OutputField(externalOptions = true) Owner owner;",
        "    @OutputField(externalOptions = false) String status;",
        "    public enum Owner { ME, YOU }");

    assertPasses(compile(NO_FRONTEND, AppSource.valid().build(), action), RULE);
  }
}
