package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkflowObjectTypeRuleTest {

  private static final String RULE = "HS-WORKFLOW-OBJECT-TYPE";
  private static final String NOT_UPPER_CASE = "\" is not an upper-case object name";

  /** The object types one a line. */
  private static JavaFileObject action(String... objectTypes) {
    return AppSource.workflowAction("Notify")
        .with(
            "objectTypes",
            Arrays.stream(objectTypes)
                .map(type -> "        \"" + type + "\"")
                .collect(Collectors.joining(",\n", "{\n", "}")))
        .body("  String message;")
        .build();
  }

  @Test
  void pluralCardSpellingIsAnErrorOnThatElementWithTheWorkflowNameSuggested() {
    JavaFileObject action = action("CONTACT", "deals");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertRejected(
        compilation,
        action,
        RULE,
        "workflow object type \"deals" + NOT_UPPER_CASE + " (did you mean DEAL?)",
        "\"deals\"");
    assertThat(compilation).hadErrorCount(1);
  }

  static Stream<Arguments> objectTypesNotInUpperCase() {
    return Stream.of(
        argumentSet(
            "pluralInIesBecomesY",
            "companies",
            "workflow object type \"companies" + NOT_UPPER_CASE + " (did you mean COMPANY?)"),
        argumentSet(
            "mixedCaseIsAnError",
            "Line_Item",
            "workflow object type \"Line_Item" + NOT_UPPER_CASE + " (did you mean LINE_ITEM?)"));
  }

  @ParameterizedTest
  @MethodSource("objectTypesNotInUpperCase")
  void objectTypeNotInUpperCaseIsAnErrorOnTheValue(String objectType, String message) {
    JavaFileObject action = action(objectType);

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), action),
        action,
        RULE,
        message,
        "\"" + objectType + "\"");
  }

  @Test
  void upperCaseNamesAndCustomObjectsPass() {
    assertPasses(
        compile(
            NO_FRONTEND,
            AppSource.timelineApp().build(),
            action("CONTACT", "LINE_ITEM", "p_cars", "2-123456")),
        RULE);
  }
}
