package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Properties are class fields: on JDK 17 javac cannot place diagnostics on record components. */
class AppObjectGroupRuleTest {

  private static final String RULE = "HS-APP-OBJECT-GROUP";

  /**
   * The app object {@code CAR} with the property group pricing_info, its fields model and then
   * {@code fields}.
   */
  private static JavaFileObject object(String... fields) {
    return AppSource.appObject("Car")
        .with("propertyGroups", "@PropertyGroup(name = \"pricing_info\", label = \"Pricing\")")
        .asClass("  String model;")
        .body(fields)
        .build();
  }

  /**
   * Compiles the object with one more property, {@code field} in the group {@code groupName}, and
   * asserts that it compiles with this rule's warning {@code message} at {@code at}.
   */
  private static Compilation assertGroupWarning(
      String field, String groupName, String message, String at) {
    JavaFileObject object =
        object(
            "  @ObjectProperty(", "      groupName = \"" + groupName + "\")", "  " + field + ";");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), object);

    assertSucceededWithWarning(compilation, object, RULE, message, at);
    return compilation;
  }

  @Test
  void misspelledGroupIsAWarningOnTheValueWithTheDeclaredGroupSuggested() {
    assertGroupWarning(
        "java.math.BigDecimal msrp",
        "pricng_info",
        "groupName \"pricng_info\" of property \"msrp\" is not a property group of the object;"
            + " add @PropertyGroup(name = \"pricng_info\", ...) (did you mean pricing_info?)",
        "\"pricng_info\"");
  }

  @Test
  void groupFarFromEveryDeclaredOneHasNoSuggestion() {
    Compilation compilation =
        assertGroupWarning(
            "String warranty",
            "warranty",
            "groupName \"warranty\" of property \"warranty\" is not a property group of the object;"
                + " add @PropertyGroup(name = \"warranty\", ...)",
            "\"warranty\")");

    assertThat(compilation.warnings().get(0).getMessage(Locale.ROOT))
        .doesNotContain("did you mean");
  }

  @Test
  void declaredGroupAndNoGroupPass() {
    assertPasses(
        compile(
            NO_FRONTEND,
            AppSource.timelineApp().build(),
            object(
                "  @ObjectProperty(",
                "      groupName = \"pricing_info\")",
                "  java.math.BigDecimal msrp;",
                "  @ObjectProperty(label = \"Make\")",
                "  String make;")),
        RULE);
  }
}
