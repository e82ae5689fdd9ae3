package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.rules.BackendSources.app;
import static io.github.hubspotapt.processor.rules.BackendSources.compile;
import static io.github.hubspotapt.processor.rules.BackendSources.source;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AppObjectPropertyRuleTest {

  private static final String RULE = "HS-APP-OBJECT-PROPERTY";

  /** An app object with the properties model, make and year; {@code members} follow its required members. */
  private static JavaFileObject object(String primary, String... members) {
    String[] lines = new String[members.length + 12];
    int i = 0;
    lines[i++] = "@AppObject(";
    lines[i++] = "    uid = \"car\",";
    lines[i++] = "    name = \"CAR\",";
    lines[i++] = "    description = \"Cars.\",";
    lines[i++] = "    singularForm = \"Car\",";
    lines[i++] = "    pluralForm = \"Cars\",";
    for (String member : members) {
      lines[i++] = member;
    }
    lines[i++] = "    primaryDisplayLabelProperty = " + primary + ")";
    lines[i++] = "public record Car(";
    lines[i++] = "    String model,";
    lines[i++] = "    String make,";
    lines[i++] = "    int year) {}";
    lines[i] = "";
    return source("Car", lines);
  }

  @Test
  void primaryDisplayLabelOfAnUndeclaredPropertyIsAnErrorOnTheValueWithTheNearestPropertySuggested() {
    JavaFileObject object = object("\"modle\"");

    Compilation compilation = compile(app().build(), object);

    assertThat(compilation).failed();
    assertError(compilation, object, RULE,
        "primaryDisplayLabelProperty names \"modle\", which is not a property of the object"
            + " (declared: make, model, year) (did you mean model?)",
        "\"modle\"");
    assertNothingWritten(compilation);
  }

  @Test
  void secondaryDisplayLabelOfAnUndeclaredPropertyIsAnErrorOnThatElement() {
    JavaFileObject object = object("\"model\"",
        "    secondaryDisplayLabelProperties = {",
        "        \"make\",",
        "        \"color\"},");

    Compilation compilation = compile(app().build(), object);

    assertThat(compilation).failed();
    assertError(compilation, object, RULE,
        "secondaryDisplayLabelProperties names \"color\", which is not a property of the object"
            + " (declared: make, model, year)",
        "\"color\"");
    assertThat(compilation).hadErrorCount(1);
    assertNothingWritten(compilation);
  }

  @Test
  void createFormFieldOfAnUndeclaredPropertyIsAnErrorOnItsValue() {
    JavaFileObject object = object("\"model\"",
        "    defaultCreateFormFields = {",
        "        @CreateFormField(property = \"model\", required = true),",
        "        @CreateFormField(property = \"yaer\")},");

    Compilation compilation = compile(app().build(), object);

    assertThat(compilation).failed();
    assertError(compilation, object, RULE,
        "defaultCreateFormFields names \"yaer\", which is not a property of the object (declared: make, model, year)"
            + " (did you mean year?)",
        "\"yaer\"");
    assertNothingWritten(compilation);
  }

  @Test
  void javaNameOfARenamedPropertyIsNotItsName() {
    JavaFileObject object = source("Car",
        "@AppObject(",
        "    uid = \"car\",",
        "    name = \"CAR\",",
        "    description = \"Cars.\",",
        "    singularForm = \"Car\",",
        "    pluralForm = \"Cars\",",
        "    secondaryDisplayLabelProperties = \"car_model\",",
        "    primaryDisplayLabelProperty = \"model\")",
        "public class Car {",
        "  @ObjectProperty(name = \"car_model\")",
        "  String model;",
        "}");

    Compilation compilation = compile(app().build(), object);

    assertThat(compilation).failed();
    assertError(compilation, object, RULE,
        "primaryDisplayLabelProperty names \"model\", which is not a property of the object (declared: car_model)",
        "\"model\"");
    assertThat(compilation).hadErrorCount(1);
    assertNothingWritten(compilation);
  }

  @Test
  void declaredPropertiesPass() {
    Compilation compilation = compile(app().build(), object("\"model\"",
        "    secondaryDisplayLabelProperties = {\"make\", \"year\"},",
        "    defaultCreateFormFields = {",
        "        @CreateFormField(property = \"model\", required = true, removable = false),",
        "        @CreateFormField(property = \"year\")},"));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
