package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
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

/** javac points at a class literal's dot: {@code Plain.class} is located by {@code .class}. */
class AssociationObjectRuleTest {

  private static final String RULE = "HS-ASSOCIATION-OBJECT";

  private static final JavaFileObject CAR = appObject("Car", "car", "CAR");
  private static final JavaFileObject DRIVER = appObject("Driver", "driver", "DRIVER");
  private static final JavaFileObject PLAIN = source("Plain", "public record Plain(String model) {}");

  private static JavaFileObject appObject(String type, String uid, String name) {
    return source(type,
        "@AppObject(",
        "    uid = \"" + uid + "\",",
        "    name = \"" + name + "\",",
        "    description = \"Things.\",",
        "    singularForm = \"Thing\",",
        "    pluralForm = \"Things\",",
        "    primaryDisplayLabelProperty = \"model\")",
        "public record " + type + "(",
        "    String model) {}");
  }

  private static JavaFileObject association(String... members) {
    String[] lines = new String[members.length + 3];
    lines[0] = "@AppObjectAssociation(";
    lines[1] = "    uid = \"association\",";
    System.arraycopy(members, 0, lines, 2, members.length);
    lines[lines.length - 1] = "public class Association {}";
    return source("Association", lines);
  }

  @Test
  void firstObjectWithoutAppObjectIsAnErrorOnThatValue() {
    JavaFileObject association = association(
        "    firstObject = Plain.class,",
        "    secondObjectType = \"CONTACT\")");

    Compilation compilation = compile(app().build(), CAR, PLAIN, association);

    assertThat(compilation).failed();
    assertError(compilation, association, RULE,
        "firstObject test.Plain does not carry @AppObject; an association joins app objects", ".class,");
    assertNothingWritten(compilation);
  }

  @Test
  void secondObjectWithoutAppObjectIsAnErrorOnThatValue() {
    JavaFileObject association = association(
        "    firstObject = Car.class,",
        "    secondObject = Plain.class)");

    Compilation compilation = compile(app().build(), CAR, PLAIN, association);

    assertThat(compilation).failed();
    assertError(compilation, association, RULE,
        "secondObject test.Plain does not carry @AppObject; an association joins app objects", ".class)");
    assertThat(compilation).hadErrorCount(1);
    assertNothingWritten(compilation);
  }

  @Test
  void bothSecondObjectAndStandardObjectIsAnErrorOnTheAnnotation() {
    JavaFileObject association = association(
        "    firstObject = Car.class,",
        "    secondObject = Driver.class,",
        "    secondObjectType = \"CONTACT\")");

    Compilation compilation = compile(app().build(), CAR, DRIVER, association);

    assertThat(compilation).failed();
    assertError(compilation, association, RULE,
        "@AppObjectAssociation needs exactly one of secondObject (an @AppObject type) and secondObjectType"
            + " (a standard object such as CONTACT), not both",
        "@AppObjectAssociation(");
    assertNothingWritten(compilation);
  }

  @Test
  void neitherSecondObjectNorStandardObjectIsAnErrorOnTheAnnotation() {
    JavaFileObject association = association(
        "    firstObject = Car.class)");

    Compilation compilation = compile(app().build(), CAR, association);

    assertThat(compilation).failed();
    assertError(compilation, association, RULE,
        "@AppObjectAssociation needs exactly one of secondObject (an @AppObject type) and secondObjectType"
            + " (a standard object such as CONTACT)",
        "@AppObjectAssociation(");
    assertThat(compilation.errors().get(0).getMessage(java.util.Locale.ROOT)).doesNotContain("not both");
    assertNothingWritten(compilation);
  }

  @Test
  void unknownStandardObjectIsAnErrorOnTheValueWithTheNearestObjectSuggested() {
    JavaFileObject association = association(
        "    firstObject = Car.class,",
        "    secondObjectType = \"CONTACTS\")");

    Compilation compilation = compile(app().build(), CAR, association);

    assertThat(compilation).failed();
    assertError(compilation, association, RULE,
        "secondObjectType \"CONTACTS\" is not a standard object; allowed: CALL, COMPANY, CONTACT, DEAL, EMAIL,"
            + " LINE_ITEM, MEETING, NOTE, PRODUCT, QUOTE, TASK, TICKET (did you mean CONTACT?)",
        "\"CONTACTS\"");
    assertNothingWritten(compilation);
  }

  @Test
  void appObjectToStandardObjectPasses() {
    Compilation compilation = compile(app().build(), CAR, association(
        "    firstObject = Car.class,",
        "    secondObjectType = \"LINE_ITEM\")"));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void appObjectToAppObjectPasses() {
    Compilation compilation = compile(app().build(), CAR, DRIVER, association(
        "    firstObject = Car.class,",
        "    secondObject = Driver.class)"));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
