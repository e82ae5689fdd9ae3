package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Two fields of one component with one name would share a key where HubSpot holds one value and one
 * label. Positions are asserted on class fields: on JDK 17 javac cannot place diagnostics on record
 * components.
 */
class FieldNameDuplicateRuleTest {

  private static final String RULE = "HS-FIELD-NAME-DUPLICATE";

  /** The case the fuzzer found: one label and one description were lost from the file. */
  @Test
  void twoInputFieldsOfOneNameAreErrorsOnBoth() {
    JavaFileObject action =
        AppSource.workflowAction("Invoice")
            .asClass(
                "  @InputField(name = \"amount\", label = \"Net amount\") String net;",
                "  @InputField(label = \"Gross amount\") String amount;")
            .build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    String message =
        "input field name \"amount\" is given to 2 input fields of one component (net, amount);"
            + " HubSpot keys values, labels and descriptions by name, so each needs a name of its"
            + " own: rename all but one";
    assertRejected(compilation, action, RULE, message, "\"amount\", label");
    assertError(compilation, action, RULE, message, "@InputField(label");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void anInputAndAnOutputFieldMayShareAName() {
    JavaFileObject action =
        AppSource.workflowActionWithOutput("Invoice", "    public String amount;")
            .body("  public String amount;")
            .build();

    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), action), RULE);
  }

  @Test
  void twoOutputFieldsOfOneNameAreAnError() {
    JavaFileObject action =
        AppSource.workflowActionWithOutput(
                "Invoice",
                "    public String total;",
                "    @OutputField(name = \"total\") public String sum;")
            .build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertRejected(
        compilation,
        action,
        RULE,
        "output field name \"total\" is given to 2 output fields of one component (total, sum)",
        "\"total\")");
  }

  @Test
  void twoObjectPropertiesOfOneNameAreAnError() {
    JavaFileObject car =
        AppSource.appObject("Car")
            .asClass("  String model;", "  @ObjectProperty(name = \"model\") String make;")
            .build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), car);

    assertRejected(
        compilation,
        car,
        RULE,
        "object property name \"model\" is given to 2 object properties of one component",
        "model;");
  }

  @Test
  void twoPropertyGroupsOfOneNameAreAnError() {
    JavaFileObject car =
        AppSource.appObject("Car")
            .with(
                "propertyGroups",
                "{@PropertyGroup(name = \"specs\", label = \"Specs\"),"
                    + " @PropertyGroup(name = \"specs\", label = \"More\")}")
            .build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), car);

    assertRejected(
        compilation,
        car,
        RULE,
        "property group name \"specs\" is given to 2 property groups of one component",
        "\"specs\", label = \"More\"");
  }

  @Test
  void twoEventPropertiesOfOneNameAreAnError() {
    JavaFileObject event =
        AppSource.appEvent("Registered")
            .asClass(
                "  String webinarName;", "  @EventProperty(name = \"webinarName\") String title;")
            .build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), event);

    assertRejected(
        compilation,
        event,
        RULE,
        "event property name \"webinarName\" is given to 2 event properties of one component",
        "webinarName;");
  }
}
