package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Positions are asserted on class fields: on JDK 17 javac cannot place diagnostics on record
 * components.
 */
class FieldExternalOptionsRuleTest {

  private static final String RULE = "HS-FIELD-EXTERNAL-OPTIONS";

  @Test
  void externalOptionsOnAStringOutputIsAWarningOnTheValue() {
    JavaFileObject action =
        AppSource.workflowActionWithOutput(
                "Notify",
                "    @OutputField(",
                "        externalOptions = true)",
                "    String owner;")
            .build();

    assertSucceededWithWarning(
        compile(NO_FRONTEND, AppSource.valid().build(), action),
        action,
        RULE,
        "externalOptions = true on output field \"owner\" of type string (Java type java.lang.String); HubSpot's"
            + " property docs apply externalOptions only to enumeration fields, whose options are owners: remove it,"
            + " or use an enum type",
        "true");
  }

  @Test
  void externalOptionsOnAnEnumOutputAndFalseElsewherePass() {
    JavaFileObject action =
        AppSource.workflowActionWithOutput(
                "Notify",
                "    @OutputField(externalOptions = true) Owner owner;",
                "    @OutputField(externalOptions = false) String status;",
                "    public enum Owner { ME, YOU }")
            .build();

    assertPasses(compile(NO_FRONTEND, AppSource.valid().build(), action), RULE);
  }
}
