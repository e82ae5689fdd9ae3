package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.rules.BackendSources.app;
import static io.github.hubspotapt.processor.rules.BackendSources.compile;
import static io.github.hubspotapt.processor.rules.BackendSources.source;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertWarning;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Properties are class fields: on JDK 17 javac cannot place diagnostics on record components. */
class AppObjectGroupRuleTest {

  private static final String RULE = "HS-APP-OBJECT-GROUP";

  private static JavaFileObject object(String... fields) {
    String[] lines = new String[fields.length + 11];
    lines[0] = "@AppObject(";
    lines[1] = "    uid = \"car\",";
    lines[2] = "    name = \"CAR\",";
    lines[3] = "    description = \"Cars.\",";
    lines[4] = "    singularForm = \"Car\",";
    lines[5] = "    pluralForm = \"Cars\",";
    lines[6] = "    propertyGroups = @PropertyGroup(name = \"pricing_info\", label = \"Pricing\"),";
    lines[7] = "    primaryDisplayLabelProperty = \"model\")";
    lines[8] = "public class Car {";
    lines[9] = "  String model;";
    System.arraycopy(fields, 0, lines, 10, fields.length);
    lines[lines.length - 1] = "}";
    return source("Car", lines);
  }

  @Test
  void misspelledGroupIsAWarningOnTheValueWithTheDeclaredGroupSuggested() {
    JavaFileObject object = object(
        "  @ObjectProperty(",
        "      groupName = \"pricng_info\")",
        "  java.math.BigDecimal msrp;");

    Compilation compilation = compile(app().build(), object);

    assertThat(compilation).succeeded();
    assertWarning(compilation, object, RULE,
        "groupName \"pricng_info\" of property \"msrp\" is not a property group of the object;"
            + " add @PropertyGroup(name = \"pricng_info\", ...) (did you mean pricing_info?)",
        "\"pricng_info\"");
  }

  @Test
  void groupFarFromEveryDeclaredOneHasNoSuggestion() {
    JavaFileObject object = object(
        "  @ObjectProperty(",
        "      groupName = \"warranty\")",
        "  String warranty;");

    Compilation compilation = compile(app().build(), object);

    assertThat(compilation).succeeded();
    assertWarning(compilation, object, RULE,
        "groupName \"warranty\" of property \"warranty\" is not a property group of the object;"
            + " add @PropertyGroup(name = \"warranty\", ...)",
        "\"warranty\")");
    assertThat(compilation.warnings().get(0).getMessage(Locale.ROOT)).doesNotContain("did you mean");
  }

  @Test
  void declaredGroupAndNoGroupPass() {
    Compilation compilation = compile(app().build(), object(
        "  @ObjectProperty(",
        "      groupName = \"pricing_info\")",
        "  java.math.BigDecimal msrp;",
        "  @ObjectProperty(label = \"Make\")",
        "  String make;"));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
