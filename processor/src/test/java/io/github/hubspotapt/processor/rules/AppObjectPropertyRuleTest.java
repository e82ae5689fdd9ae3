package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AppObjectPropertyRuleTest {

  private static final String RULE = "HS-APP-OBJECT-PROPERTY";
  private static final String DECLARED =
      ", which is not a property of the object (declared: make, model, year)";

  /** An app object with the properties model, make and year. */
  private static AppSource object() {
    return AppSource.appObject("Car").record("String model", "String make", "int year");
  }

  private static Compilation compileWithApp(JavaFileObject object) {
    return compile(NO_FRONTEND, AppSource.timelineApp().build(), object);
  }

  @Test
  void
      primaryDisplayLabelOfAnUndeclaredPropertyIsAnErrorOnTheValueWithTheNearestPropertySuggested() {
    JavaFileObject object = object().with("primaryDisplayLabelProperty", "\"modle\"").build();

    assertRejected(
        compileWithApp(object),
        object,
        RULE,
        "primaryDisplayLabelProperty names \"modle\"" + DECLARED + " (did you mean model?)",
        "\"modle\"");
  }

  @Test
  void secondaryDisplayLabelOfAnUndeclaredPropertyIsAnErrorOnThatElement() {
    JavaFileObject object =
        object()
            .with("secondaryDisplayLabelProperties", "{\n        \"make\",\n        \"color\"}")
            .build();

    Compilation compilation = compileWithApp(object);

    assertRejected(
        compilation,
        object,
        RULE,
        "secondaryDisplayLabelProperties names \"color\"" + DECLARED,
        "\"color\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void createFormFieldOfAnUndeclaredPropertyIsAnErrorOnItsValue() {
    JavaFileObject object =
        object()
            .with(
                "defaultCreateFormFields",
                "{\n"
                    + "        @CreateFormField(property = \"model\", required = true),\n"
                    + "        @CreateFormField(property = \"yaer\")}")
            .build();

    assertRejected(
        compileWithApp(object),
        object,
        RULE,
        "defaultCreateFormFields names \"yaer\"" + DECLARED + " (did you mean year?)",
        "\"yaer\"");
  }

  @Test
  void javaNameOfARenamedPropertyIsNotItsName() {
    JavaFileObject object =
        AppSource.appObject("Car")
            .with("secondaryDisplayLabelProperties", "\"car_model\"")
            .asClass("  @ObjectProperty(name = \"car_model\")", "  String model;")
            .build();

    Compilation compilation = compileWithApp(object);

    assertRejected(
        compilation,
        object,
        RULE,
        "primaryDisplayLabelProperty names \"model\", which is not a property of the object (declared: car_model)",
        "\"model\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void declaredPropertiesPass() {
    assertPasses(
        compileWithApp(
            object()
                .with("secondaryDisplayLabelProperties", "{\"make\", \"year\"}")
                .with(
                    "defaultCreateFormFields",
                    "{\n"
                        + "        @CreateFormField(property = \"model\", required = true, removable = false),\n"
                        + "        @CreateFormField(property = \"year\")}")
                .build()),
        RULE);
  }
}
