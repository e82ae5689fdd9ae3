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

/**
 * Fields declared as instance fields of a class. (On JDK 17, javac cannot place a diagnostic on a record component at
 * all, so positions are asserted on class fields; see the report on record components.)
 */
class FieldTypeRuleTest {

  private static final String RULE = "HS-FIELD-TYPE";
  private static final String ALLOWED = ", which has no HubSpot field type; use String, boolean, a number type,"
      + " LocalDate, Instant (or another java.time date-time), an enum, or a collection of an enum";

  private static JavaFileObject action(String... fields) {
    String[] lines = new String[fields.length + 8];
    lines[0] = "@WorkflowAction(";
    lines[1] = "    uid = \"notify\",";
    lines[2] = "    actionUrl = \"https://example.com/actions/notify\",";
    lines[3] = "    objectTypes = \"CONTACT\",";
    lines[4] = "    labels = @ActionLabels(";
    lines[5] = "        actionName = \"Notify\"))";
    lines[6] = "public class Notify {";
    System.arraycopy(fields, 0, lines, 7, fields.length);
    lines[lines.length - 1] = "}";
    return source("Notify", lines);
  }

  @Test
  void inputFieldOfTypeObjectIsAnErrorOnTheField() {
    JavaFileObject action = action(
        "  String message;",
        "  Object payload;");

    Compilation compilation = compile(app().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE, "input field \"payload\" has Java type java.lang.Object" + ALLOWED,
        "payload;");
    assertNothingWritten(compilation);
  }

  @Test
  void describedInputFieldOfTypeCharIsAnErrorOnItsAnnotation() {
    JavaFileObject action = action(
        "  @InputField(label = \"Initial\")",
        "  char initial;");

    Compilation compilation = compile(app().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE, "input field \"initial\" has Java type char" + ALLOWED, "@InputField(");
    assertNothingWritten(compilation);
  }

  @Test
  void listOfStringsIsAnErrorBecauseOnlyCollectionsOfAnEnumAreMultiSelects() {
    JavaFileObject action = action(
        "  java.util.List<String> tags;");

    Compilation compilation = compile(app().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "input field \"tags\" has Java type java.util.List<java.lang.String>" + ALLOWED, "tags;");
    assertNothingWritten(compilation);
  }

  @Test
  void outputFieldOfTypeObjectIsAnError() {
    JavaFileObject action = source("Notify",
        "@WorkflowAction(",
        "    uid = \"notify\",",
        "    actionUrl = \"https://example.com/actions/notify\",",
        "    output = Notify.Result.class,",
        "    labels = @ActionLabels(",
        "        actionName = \"Notify\"))",
        "public class Notify {",
        "  String message;",
        "  public static class Result {",
        "    Object outcome;",
        "  }",
        "}");

    Compilation compilation = compile(app().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE, "output field \"outcome\" has Java type java.lang.Object" + ALLOWED,
        "outcome;");
    assertNothingWritten(compilation);
  }

  @Test
  void eventPropertyOfAnArrayTypeIsAnError() {
    JavaFileObject event = source("Registration",
        "@AppEvent(",
        "    uid = \"registration\",",
        "    name = \"Registration\",",
        "    objectType = AppEventObjectType.CONTACT)",
        "public class Registration {",
        "  String webinarName;",
        "  String[] speakers;",
        "}");

    Compilation compilation = compile(app().build(), event);

    assertThat(compilation).failed();
    assertError(compilation, event, RULE, "event property \"speakers\" has Java type java.lang.String[]" + ALLOWED,
        "speakers;");
    assertNothingWritten(compilation);
  }

  @Test
  void objectPropertyOfAnUnsupportedClassIsAnError() {
    JavaFileObject object = source("Car",
        "@AppObject(",
        "    uid = \"car\",",
        "    name = \"CAR\",",
        "    description = \"Cars.\",",
        "    singularForm = \"Car\",",
        "    pluralForm = \"Cars\",",
        "    primaryDisplayLabelProperty = \"model\")",
        "public class Car {",
        "  String model;",
        "  @ObjectProperty(label = \"Bought\")",
        "  java.util.Date bought;",
        "}");

    Compilation compilation = compile(app().build(), object);

    assertThat(compilation).failed();
    assertError(compilation, object, RULE, "object property \"bought\" has Java type java.util.Date" + ALLOWED,
        "@ObjectProperty(");
    assertNothingWritten(compilation);
  }

  @Test
  void staticFieldsAreNotFields() {
    JavaFileObject action = action(
        "  String message;",
        "  static Object cache;");

    Compilation compilation = compile(app().build(), action);

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void everySupportedJavaTypePassesInARecord() {
    JavaFileObject action = source("Notify",
        "@WorkflowAction(",
        "    uid = \"notify\",",
        "    actionUrl = \"https://example.com/actions/notify\",",
        "    labels = @ActionLabels(",
        "        actionName = \"Notify\"))",
        "public record Notify(",
        "    String text,",
        "    CharSequence chars,",
        "    boolean flag,",
        "    Boolean boxedFlag,",
        "    byte b,",
        "    short s,",
        "    int i,",
        "    long l,",
        "    float f,",
        "    double d,",
        "    Integer boxed,",
        "    java.math.BigDecimal decimal,",
        "    java.math.BigInteger integer,",
        "    java.time.LocalDate day,",
        "    java.time.Instant instant,",
        "    java.time.LocalDateTime local,",
        "    java.time.OffsetDateTime offset,",
        "    java.time.ZonedDateTime zoned,",
        "    Priority priority,",
        "    java.util.Set<Priority> priorities,",
        "    java.util.List<Priority> orderedPriorities) {",
        "  public enum Priority {",
        "    HIGH,",
        "    LOW",
        "  }",
        "}");

    Compilation compilation = compile(app().build(), action);

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void recordComponentFindingsPointAtTheComponent() {
    JavaFileObject action = source("Notify",
        "@WorkflowAction(",
        "    uid = \"notify\",",
        "    actionUrl = \"https://example.com/actions/notify\",",
        "    labels = @ActionLabels(",
        "        actionName = \"Notify\"))",
        "public record Notify(",
        "    String message,",
        "    Object payload,",
        "    @InputField(fieldType = \"textarae\") String body) {}");

    Compilation compilation = compile(app().build(), action);

    assertError(compilation, action, "HS-FIELD-TYPE", "input field \"payload\" has Java type java.lang.Object",
        "payload,");
    assertError(compilation, action, "HS-FIELD-CONTROL", "fieldType \"textarae\"", "\"textarae\"");
  }
}
