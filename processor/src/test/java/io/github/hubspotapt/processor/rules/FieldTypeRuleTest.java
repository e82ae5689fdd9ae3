package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fields declared as instance fields of a class. (On JDK 17, javac cannot place a diagnostic on a
 * record component at all, so positions are asserted on class fields; see the report on record
 * components.)
 */
class FieldTypeRuleTest {

  private static final String RULE = "HS-FIELD-TYPE";
  private static final String ALLOWED =
      ", which has no HubSpot field type; use String, boolean, a number type,"
          + " LocalDate, Instant (or another java.time date-time), an enum, or a collection of an enum";

  private static JavaFileObject action(String... fields) {
    return AppSource.workflowAction("Notify")
        .with("objectTypes", "\"CONTACT\"")
        .asClass(fields)
        .build();
  }

  /**
   * Each kind of field, with a type HubSpot has no field type for: the error is on the field, or on
   * its annotation when it has one (the message, the position of {@code at}).
   */
  static Stream<Arguments> fieldsWithoutAHubSpotFieldType() {
    return Stream.of(
        arguments(
            action("  String message;", "  Object payload;"),
            "input field \"payload\" has Java type java.lang.Object",
            "payload;"),
        arguments(
            action("  @InputField(label = \"Initial\")", "  char initial;"),
            "input field \"initial\" has Java type char",
            "@InputField("),
        // Only collections of an enum are multi-selects.
        arguments(
            action("  java.util.List<String> tags;"),
            "input field \"tags\" has Java type java.util.List<java.lang.String>",
            "tags;"),
        arguments(
            AppSource.workflowAction("Notify")
                .with("output", "Notify.Result.class")
                .asClass(
                    "  String message;",
                    "  public static class Result {",
                    "    Object outcome;",
                    "  }")
                .build(),
            "output field \"outcome\" has Java type java.lang.Object",
            "outcome;"),
        arguments(
            AppSource.appEvent("Registration")
                .asClass("  String webinarName;", "  String[] speakers;")
                .build(),
            "event property \"speakers\" has Java type java.lang.String[]",
            "speakers;"),
        arguments(
            AppSource.appObject("Car")
                .asClass(
                    "  String model;",
                    "  @ObjectProperty(label = \"Bought\")",
                    "  java.util.Date bought;")
                .build(),
            "object property \"bought\" has Java type java.util.Date",
            "@ObjectProperty("));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("fieldsWithoutAHubSpotFieldType")
  void aFieldOfATypeWithoutAHubSpotFieldTypeIsAnError(
      JavaFileObject source, String message, String at) {
    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), source);

    assertRejected(compilation, source, RULE, message + ALLOWED, at);
  }

  @Test
  void staticFieldsAreNotFields() {
    JavaFileObject action = action("  String message;", "  static Object cache;");

    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), action), RULE);
  }

  @Test
  void everySupportedJavaTypePassesInARecord() {
    JavaFileObject action =
        AppSource.workflowAction("Notify")
            .record(
                "String text",
                "CharSequence chars",
                "boolean flag",
                "Boolean boxedFlag",
                "byte b",
                "short s",
                "int i",
                "long l",
                "float f",
                "double d",
                "Integer boxed",
                "java.math.BigDecimal decimal",
                "java.math.BigInteger integer",
                "java.time.LocalDate day",
                "java.time.Instant instant",
                "java.time.LocalDateTime local",
                "java.time.OffsetDateTime offset",
                "java.time.ZonedDateTime zoned",
                "Priority priority",
                "java.util.Set<Priority> priorities",
                "java.util.List<Priority> orderedPriorities")
            .body("  public enum Priority {", "    HIGH,", "    LOW", "  }")
            .build();

    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), action), RULE);
  }

  @Test
  void recordComponentFindingsPointAtTheComponent() {
    JavaFileObject action =
        AppSource.workflowAction("Notify")
            .record(
                "String message",
                "Object payload",
                "@InputField(fieldType = \"textarae\") String body")
            .build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertError(
        compilation,
        action,
        "HS-FIELD-TYPE",
        "input field \"payload\" has Java type java.lang.Object",
        "payload,");
    assertError(compilation, action, "HS-FIELD-CONTROL", "fieldType \"textarae\"", "\"textarae\"");
  }
}
