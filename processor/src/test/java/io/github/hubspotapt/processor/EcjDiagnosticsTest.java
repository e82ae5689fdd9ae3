package io.github.hubspotapt.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.testing.AppSource;
import io.github.hubspotapt.processor.testing.EcjCompiler;
import io.github.hubspotapt.processor.testing.EcjCompiler.Diag;
import io.github.hubspotapt.processor.testing.EcjCompiler.Result;
import io.github.hubspotapt.processor.testing.HubSpotCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core diagnostics under the Eclipse compiler (ECJ 3.46), which produces the diagnostics
 * Eclipse users see as they type. Each case has one rule violation, and the test asserts the rule
 * id, message, kind and ECJ's position.
 *
 * <p>Where each compiler points (line:column, 1-based, for {@link AppSource}'s one member per
 * line):
 *
 * <pre>
 * case (rule)                                   javac                       ECJ
 * uid = "bad uid"                               6:11  opening quote         6:5   member name: uid
 *   (HS-UID-CHARACTERS)
 * requiredScopes = {"oauth", "...write"}        13:32 quote of the element  13:5  member name: requiredScopes
 *   (HS-SCOPE-UNKNOWN, warning)
 * support = @Support(supportEmail = "nope")     10:39 quote of "nope"       10:24 member name: supportEmail
 *   (HS-SUPPORT-EMAIL)
 * type = AuthType.STATIC, with MARKETPLACE      11:20 the dot of .STATIC    11:5  member name: type
 *   (HS-AUTH-DISTRIBUTION)
 * no @Auth (HS-AUTH-MISSING)                    5:1   '@' of @HubSpotApp    5:1   '@' of @HubSpotApp (same)
 * class field Object payload (HS-FIELD-TYPE)    the field name              the field name
 * &#64;InputField(fieldType = "textarae")       quote of "textarae"         member name: fieldType
 *   on a class field (HS-FIELD-CONTROL)
 * record component Object payload               the component               no file, no line; the message ends
 *   (HS-FIELD-TYPE)                                                         "(at record component test.Notify.payload)"
 * ... of a record nested in class Actions       the component               the name Actions, and the same ending
 * </pre>
 *
 * <p>ECJ's range (the Eclipse underline) is the member name only, e.g. {@code uid}, not {@code uid
 * = "bad uid"}; for a whole annotation it is {@code @HubSpotApp}. This comes from ECJ's {@code
 * BaseMessagerImpl.createProblem}: it locates an {@code AnnotationValue} only if it is a top-level
 * member value ({@code AnnotationMemberValue}) and then uses the {@code MemberValuePair}'s start,
 * which is the member name. An element of an array member is a plain {@code AnnotationValueImpl},
 * which ECJ would place at the annotation, on another line. Under ECJ the processor therefore
 * reports array-element findings on the whole array member, which ECJ places at the member name on
 * the value's line. ECJ places no record, record component or enum constant at all; those findings
 * go to the nearest enclosing class ECJ can place, if any, and name their element (see {@code
 * EclipsePositions}).
 */
class EcjDiagnosticsTest {

  @TempDir Path workDir;

  @Test
  void stringMember_pointsAtTheMemberName() {
    JavaFileObject source = AppSource.valid().with("uid", "\"bad uid\"").build();

    Result result = EcjCompiler.compile(workDir, source);

    Diag error = onlyProcessorDiagnostic(result, Diagnostic.Kind.ERROR, "HS-UID-CHARACTERS");
    assertThat(error.message())
        .contains("uid \"bad uid\" may use only letters, digits, '_', '.' and '-'");
    assertAtMemberName(error, source, "uid = \"bad uid\"", "uid");
    assertThat(result.success()).isFalse();
    assertNothingWritten(result);
  }

  @Test
  void arrayElement_pointsAtTheArrayMemberName() {
    JavaFileObject source =
        AppSource.valid()
            .withAuth("requiredScopes", "{\"oauth\", \"crm.objects.calls.write\"}")
            .build();

    Result result = EcjCompiler.compile(workDir, source);

    Diag warning = onlyProcessorDiagnostic(result, Diagnostic.Kind.WARNING, "HS-SCOPE-UNKNOWN");
    assertThat(warning.message())
        .contains(
            "scope \"crm.objects.calls.write\" in requiredScopes is not a known HubSpot scope");
    assertThat(warning.message())
        .contains("did you mean crm.objects.carts.write, Scopes.CRM_OBJECTS_CARTS_WRITE?)");
    assertThat(warning.source()).isEqualTo("TestApp.java");
    assertAtMemberName(warning, source, "requiredScopes = {", "requiredScopes");
    assertThat(result.success()).isTrue();
  }

  @Test
  void nestedAnnotationMember_pointsAtTheMemberNameInsideTheNestedAnnotation() {
    JavaFileObject source =
        AppSource.valid().with("support", "@Support(supportEmail = \"nope\")").build();

    Result result = EcjCompiler.compile(workDir, source);

    Diag error = onlyProcessorDiagnostic(result, Diagnostic.Kind.ERROR, "HS-SUPPORT-EMAIL");
    assertThat(error.message()).contains("supportEmail \"nope\" is not an e-mail address");
    assertAtMemberName(error, source, "supportEmail = \"nope\"", "supportEmail");
    assertNothingWritten(result);
  }

  @Test
  void enumMember_pointsAtTheMemberName() {
    // Without redirectUrls, so that static auth reports nothing else (HS-AUTH-STATIC-REDIRECT).
    JavaFileObject source =
        AppSource.valid()
            .withAuth("type", "AuthType.STATIC")
            .withoutAuthMember("redirectUrls")
            .build();

    Result result = EcjCompiler.compile(workDir, source);

    Diag error = onlyProcessorDiagnostic(result, Diagnostic.Kind.ERROR, "HS-AUTH-DISTRIBUTION");
    assertThat(error.message()).contains("auth type static is only allowed for private apps");
    assertThat(error.message()).contains("found static with distribution marketplace");
    assertAtMemberName(error, source, "type = AuthType.STATIC", "type");
    assertNothingWritten(result);
  }

  @Test
  void wholeAnnotation_pointsAtTheAnnotation() {
    JavaFileObject source = AppSource.valid().withoutAuth().build();

    Result result = EcjCompiler.compile(workDir, source);

    Diag error = onlyProcessorDiagnostic(result, Diagnostic.Kind.ERROR, "HS-AUTH-MISSING");
    assertThat(error.message()).contains("@HubSpotApp needs @Auth on the same class");
    // Same as javac: the '@'. ECJ underlines "@HubSpotApp".
    assertAtMemberName(error, source, "@HubSpotApp(", "@HubSpotApp");
    assertNothingWritten(result);
  }

  @Test
  void validApp_compilesCleanlyAndWritesTheSameProjectAsJavac() throws IOException {
    JavaFileObject source = AppSource.valid().build();

    Result result = EcjCompiler.compile(workDir, source);

    assertWithMessage("%s", result).that(result.success()).isTrue();
    assertWithMessage("%s", result).that(result.diagnostics()).isEmpty();
    assertThat(EcjCompiler.filesUnder(result.sourceOutput().resolve("hubspot-project")))
        .containsExactly("hsproject.json", "src/app/app-hsmeta.json");

    Compilation javac = HubSpotCompiler.compile(source);
    for (String file :
        List.of("hubspot-project/hsproject.json", "hubspot-project/src/app/app-hsmeta.json")) {
      String byEcj = Files.readString(result.sourceOutput().resolve(file), StandardCharsets.UTF_8);
      String byJavac =
          javac
              .generatedFile(StandardLocation.SOURCE_OUTPUT, "", file)
              .orElseThrow()
              .getCharContent(true)
              .toString();
      assertWithMessage("%s written by ECJ and by javac", file).that(byEcj).isEqualTo(byJavac);
    }
    assertThat(
            Files.readString(
                result.sourceOutput().resolve("hubspot-project/src/app/app-hsmeta.json")))
        .contains("test_app");
  }

  @Test
  void fieldTypeOfAClassField_pointsAtTheFieldName() {
    JavaFileObject app = AppSource.valid().build();
    JavaFileObject action =
        action("public class Notify {", "  String message;", "  Object payload;", "}");

    Result result = EcjCompiler.compile(workDir, app, action);

    Diag error = onlyProcessorDiagnostic(result, Diagnostic.Kind.ERROR, "HS-FIELD-TYPE");
    assertThat(error.message())
        .contains(
            "input field \"payload\" has Java type java.lang.Object, which has no HubSpot"
                + " field type");
    assertAtMemberName(error, action, "payload;", "payload");
    assertNothingWritten(result);
  }

  @Test
  void valueOfAFieldAnnotation_pointsAtItsMemberName() {
    JavaFileObject app = AppSource.valid().build();
    JavaFileObject action =
        action(
            "public class Notify {",
            "  @InputField(label = \"Message\",",
            "      fieldType = \"textarae\")",
            "  String message;",
            "}");

    Result result = EcjCompiler.compile(workDir, app, action);

    Diag error = onlyProcessorDiagnostic(result, Diagnostic.Kind.ERROR, "HS-FIELD-CONTROL");
    assertThat(error.message()).contains("fieldType \"textarae\" of input field \"message\"");
    assertThat(error.message()).contains("(did you mean textarea?)");
    assertAtMemberName(error, action, "fieldType = \"textarae\"", "fieldType");
    assertNothingWritten(result);
  }

  @Test
  void fieldTypeOfARecordComponent_namesTheComponent() {
    JavaFileObject app = AppSource.valid().build();
    JavaFileObject action = action("public record Notify(String message, Object payload) {", "}");

    Result result = EcjCompiler.compile(workDir, app, action);

    // ECJ has no position for records and their components: no file, no line; the message says
    // where.
    Diag error = onlyProcessorDiagnostic(result, Diagnostic.Kind.ERROR, "HS-FIELD-TYPE");
    assertThat(error.message()).contains("input field \"payload\" has Java type java.lang.Object");
    assertThat(error.message())
        .endsWith(
            " (at record component test.Notify.payload) (see "
                + HubSpotCompiler.page("HS-FIELD-TYPE")
                + ")");
    assertThat(error.source()).isNull();
    assertNothingWritten(result);
  }

  @Test
  void fieldTypeOfARecordNestedInAClass_pointsAtTheEnclosingClass() {
    JavaFileObject app = AppSource.valid().build();
    JavaFileObject actions =
        JavaFileObjects.forSourceLines(
            "test.Actions",
            "package test;",
            "",
            "import io.github.hubspotapt.*;",
            "",
            "public class Actions {",
            "  @WorkflowAction(",
            "      uid = \"notify\",",
            "      actionUrl = \"https://example.com/actions/notify\",",
            "      objectTypes = \"CONTACT\",",
            "      labels = @ActionLabels(actionName = \"Notify\"))",
            "  public record Notify(String message, Object payload) {}",
            "}");

    Result result = EcjCompiler.compile(workDir, app, actions);

    Diag error = onlyProcessorDiagnostic(result, Diagnostic.Kind.ERROR, "HS-FIELD-TYPE");
    assertThat(error.message())
        .endsWith(
            " (at record component test.Actions.Notify.payload) (see "
                + HubSpotCompiler.page("HS-FIELD-TYPE")
                + ")");
    assertAtMemberName(error, actions, "Actions {", "Actions");
    assertNothingWritten(result);
  }

  /**
   * {@code test.Notify}: a workflow action on {@code declaration} (a class or record header) and
   * its lines.
   */
  private static JavaFileObject action(String declaration, String... lines) {
    List<String> all =
        new java.util.ArrayList<>(
            List.of(
                "package test;",
                "",
                "import io.github.hubspotapt.*;",
                "",
                "@WorkflowAction(",
                "    uid = \"notify\",",
                "    actionUrl = \"https://example.com/actions/notify\",",
                "    objectTypes = \"CONTACT\",",
                "    labels = @ActionLabels(actionName = \"Notify\"))",
                declaration));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("test.Notify", all);
  }

  /**
   * The processor reported exactly one diagnostic, of {@code kind} and {@code ruleId}; returns it.
   */
  private static Diag onlyProcessorDiagnostic(Result result, Diagnostic.Kind kind, String ruleId) {
    Diag found = result.single(kind, ruleId);
    assertWithMessage("processor diagnostics besides [%s]:\n%s", ruleId, result)
        .that(result.processorDiagnostics())
        .containsExactly(found);
    return found;
  }

  /**
   * ECJ's diagnostic starts at {@code name}, the start of the unique text {@code located} in {@code
   * source}, on its line and column, and underlines exactly {@code name}.
   */
  private static void assertAtMemberName(
      Diag diag, JavaFileObject source, String located, String name) {
    String content;
    try {
      content = source.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int offset = content.indexOf(located);
    if (offset < 0 || content.indexOf(located, offset + 1) >= 0 || !located.startsWith(name)) {
      throw new IllegalArgumentException(
          "\"" + located + "\" must occur exactly once and start with " + name);
    }
    int lineStart = content.lastIndexOf('\n', offset - 1) + 1;
    long line = content.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    long column = (long) offset - lineStart + 1;

    String file = source.getName().substring(source.getName().lastIndexOf('/') + 1);
    assertWithMessage("file of %s", diag).that(diag.source()).isEqualTo(file);
    assertWithMessage("line of %s", diag).that(diag.line()).isEqualTo(line);
    assertWithMessage("column of %s", diag).that(diag.column()).isEqualTo(column);
    assertWithMessage("underline start of %s", diag).that(diag.start()).isEqualTo(offset);
    assertWithMessage("underline end of %s", diag)
        .that(diag.end())
        .isEqualTo(offset + name.length() - 1);
  }

  /**
   * Beside the OAuth helper source, only the incremental-build bookkeeping (META-INF/hubspot-apt/)
   * may be there.
   */
  private static void assertNothingWritten(Result result) {
    assertWithMessage("files written for a project with errors")
        .that(
            EcjCompiler.filesUnder(result.sourceOutput()).stream()
                .filter(p -> !p.endsWith(".java") && !p.startsWith("META-INF/hubspot-apt/"))
                .toList())
        .isEmpty();
  }
}
