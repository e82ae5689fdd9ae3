package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.component.ProjectReader;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.TypeModel;
import io.github.hubspotapt.processor.read.ReadLog;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.testing.AppSource;
import io.github.hubspotapt.processor.testing.TestClassPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whether a project uses a profile variable is known from reading its types ({@code
 * TypeModel.placeholders}, which the model cache keeps with the rest), so that the rules walk the
 * project for its references only when one does: each type's flag, and the project's, is set
 * exactly where that walk finds a reference, a value read from another type (an enum's option
 * description) included, and not for a placeholder only in values that are never substituted.
 */
class ProjectPlaceholdersTest {

  static Stream<Arguments> projects() {
    return Stream.of(
        project("no placeholder", false, app(), AppSource.card("Invoices")),
        project(
            "a card's name",
            true,
            app(),
            AppSource.card("Invoices").with("name", "\"${LABEL} invoices\"")),
        project(
            "the app's description", true, app().with("description", "\"An app for ${TEAM}.\"")),
        project(
            "the auth's redirect URL",
            true,
            app().withAuth("redirectUrls", "\"${BASE_URL}/oauth/callback\"")),
        project(
            "a number member's variable",
            true,
            app(),
            AppSource.webhookSettings("Hooks").with("maxConcurrentRequestsVariable", "\"MAX\"")),
        project(
            "a subscription on a method",
            true,
            app(),
            AppSource.webhooks(
                "  @WebhookSubscription(subscriptionType = \"object.propertyChange\", objectType = \"contact\",",
                "      propertyName = \"${PROPERTY}\")")),
        project(
            "a verbatim app value before a substituted one",
            true,
            app().with("fileName", "\"${NAME}-hsmeta.json\"").with("logo", "\"${LOGO}\"")),
        project(
            "only the profiles' values",
            false,
            app()
                .annotatedWith(
                    "@Profile(name = \"local\", accountId = 123, variables = @Variable(name = \"A\", value = \"${B}\"))")),
        project(
            "only the app's verbatim values",
            false,
            app()
                .with("fileName", "\"${NAME}-hsmeta.json\"")
                .with("projectName", "\"${PROJECT}\"")
                .with("srcDir", "\"${DIR}\"")),
        project(
            "only a feature's file name and permissions",
            false,
            app(),
            AppSource.settings("Preferences")
                .with("fileName", "\"${NAME}-hsmeta.json\"")
                .with("permissions", "@Permissions(requiredScopes = \"${SCOPE}\")")));
  }

  /** A new valid app: each project changes its own. */
  private static AppSource app() {
    return AppSource.valid();
  }

  private static Arguments project(
      String what, boolean placeholders, AppSource app, AppSource... features) {
    List<JavaFileObject> sources = new ArrayList<>(List.of(app.build()));
    Stream.of(features).forEach(feature -> sources.add(feature.build()));
    return Arguments.of(what, placeholders, sources);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("projects")
  void eachTypeAndTheProjectTellWhetherTheWalkFindsAReference(
      String what, boolean placeholders, List<JavaFileObject> sources) {
    Reading reading = new Reading();

    Compilation compilation =
        javac()
            .withClasspath(TestClassPath.entries(false))
            .withProcessors(reading)
            .compile(sources);

    assertThat(compilation.errors()).isEmpty();
    assertEquals(
        placeholders,
        !Substitution.references(reading.project).isEmpty(),
        "the walk over the project");
    assertEquals(placeholders, reading.project.placeholders(), "the project's flag");
    reading.models.forEach(
        (type, model) ->
            assertEquals(!Substitution.references(model).isEmpty(), model.placeholders(), type));
  }

  /** An option's description is read from the enum's constants, another type than the action's. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("optionDescriptions")
  void anOptionDescriptionCountsForTheActionWhoseInputItIs(
      String description, boolean placeholders) {
    Reading reading = new Reading();
    JavaFileObject priority =
        JavaFileObjects.forSourceLines(
            "test.Priority",
            "package test;",
            "import io.github.hubspotapt.*;",
            "public enum Priority { @Option(description = \"" + description + "\") HIGH, LOW }");
    JavaFileObject action =
        AppSource.workflowAction("Notify").record("@InputField Priority priority").build();

    Compilation compilation =
        javac()
            .withClasspath(TestClassPath.entries(false))
            .withProcessors(reading)
            .compile(app().build(), priority, action);

    assertThat(compilation.errors()).isEmpty();
    assertEquals(placeholders, reading.models.get("test.Notify").placeholders());
    assertEquals(
        placeholders, !Substitution.references(reading.models.get("test.Notify")).isEmpty());
    assertEquals(placeholders, reading.project.placeholders());
  }

  static Stream<Arguments> optionDescriptions() {
    return Stream.of(Arguments.of("Soon", false), Arguments.of("Within ${HOURS} hours", true));
  }

  /**
   * Reads each type of the first round as the processor does, once processing is over (the
   * annotations' defaults are complete only then), and the project of them all.
   */
  @SupportedAnnotationTypes("*")
  private static final class Reading extends AbstractProcessor {

    private final List<String> types = new ArrayList<>();
    final Map<String, TypeModel> models = new LinkedHashMap<>();
    HubSpotProject project;

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      ElementFilter.typesIn(round.getRootElements())
          .forEach(type -> types.add(type.getQualifiedName().toString()));
      if (round.processingOver()) {
        Elements elements = processingEnv.getElementUtils();
        ReadLog log = new ReadLog();
        ProjectReader projectReader = new ProjectReader(elements, processingEnv.getTypeUtils());
        TypeReader reader = projectReader.reader(log);
        types.forEach(
            name -> models.put(name, projectReader.read(elements.getTypeElement(name), reader)));
        project = ProjectReader.assemble(models.values(), log);
      }
      return false;
    }
  }
}
