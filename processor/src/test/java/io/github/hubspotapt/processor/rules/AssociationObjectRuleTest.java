package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** javac points at a class literal's dot: {@code Plain.class} is located by {@code .class}. */
class AssociationObjectRuleTest {

  private static final String RULE = "HS-ASSOCIATION-OBJECT";
  private static final String EXACTLY_ONE =
      "@AppObjectAssociation needs exactly one of secondObject (an @AppObject"
          + " type) and secondObjectType (a standard object such as CONTACT)";

  private static final JavaFileObject APP = AppSource.timelineApp().build();
  private static final JavaFileObject CAR = AppSource.appObject("Car").build();
  private static final JavaFileObject DRIVER = AppSource.appObject("Driver").build();
  private static final JavaFileObject PLAIN =
      AppSource.javaFile("Plain", "public record Plain(String model) {}");

  /** {@code Car} with contacts. */
  private static AppSource association() {
    return AppSource.association("Association");
  }

  /** {@code Car} with {@code secondObject} instead of a standard object. */
  private static AppSource withAppObject(String secondObject) {
    return association().without("secondObjectType").with("secondObject", secondObject);
  }

  @Test
  void firstObjectWithoutAppObjectIsAnErrorOnThatValue() {
    JavaFileObject association = association().with("firstObject", "Plain.class").build();

    assertRejected(
        compile(NO_FRONTEND, APP, CAR, PLAIN, association),
        association,
        RULE,
        "firstObject test.Plain does not carry @AppObject; an association joins app objects",
        ".class,");
  }

  /** A primitive compiles as a class literal; before this was read, nothing was reported. */
  @Test
  void aPrimitiveFirstObjectIsAnErrorOnThatValue() {
    JavaFileObject association = association().with("firstObject", "int.class").build();

    assertRejected(
        compile(NO_FRONTEND, APP, CAR, association),
        association,
        RULE,
        "firstObject int does not carry @AppObject; an association joins app objects",
        ".class,");
  }

  @Test
  void secondObjectWithoutAppObjectIsAnErrorOnThatValue() {
    JavaFileObject association = withAppObject("Plain.class").build();

    Compilation compilation = compile(NO_FRONTEND, APP, CAR, PLAIN, association);

    assertRejected(
        compilation,
        association,
        RULE,
        "secondObject test.Plain does not carry @AppObject; an association joins app objects",
        ".class)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void bothSecondObjectAndStandardObjectIsAnErrorOnTheAnnotation() {
    JavaFileObject association = association().with("secondObject", "Driver.class").build();

    assertRejected(
        compile(NO_FRONTEND, APP, CAR, DRIVER, association),
        association,
        RULE,
        EXACTLY_ONE + ", not both",
        "@AppObjectAssociation(");
  }

  @Test
  void neitherSecondObjectNorStandardObjectIsAnErrorOnTheAnnotation() {
    JavaFileObject association = association().without("secondObjectType").build();

    Compilation compilation = compile(NO_FRONTEND, APP, CAR, association);

    assertRejected(compilation, association, RULE, EXACTLY_ONE, "@AppObjectAssociation(");
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).doesNotContain("not both");
  }

  @Test
  void unknownStandardObjectIsAnErrorOnTheValueWithTheNearestObjectSuggested() {
    JavaFileObject association = association().with("secondObjectType", "\"CONTACTS\"").build();

    assertRejected(
        compile(NO_FRONTEND, APP, CAR, association),
        association,
        RULE,
        "secondObjectType \"CONTACTS\" is not a standard object; allowed: CALL, COMPANY, CONTACT, DEAL, EMAIL,"
            + " LINE_ITEM, MEETING, NOTE, PRODUCT, QUOTE, TASK, TICKET (did you mean CONTACT?)",
        "\"CONTACTS\"");
  }

  @Test
  void appObjectToStandardObjectPasses() {
    assertPasses(
        compile(
            NO_FRONTEND, APP, CAR, association().with("secondObjectType", "\"LINE_ITEM\"").build()),
        RULE);
  }

  @Test
  void appObjectToAppObjectPasses() {
    assertPasses(
        compile(NO_FRONTEND, APP, CAR, DRIVER, withAppObject("Driver.class").build()), RULE);
  }
}
