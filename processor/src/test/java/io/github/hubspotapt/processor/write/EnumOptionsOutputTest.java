package io.github.hubspotapt.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.testing.AppSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * What an enum constant becomes as an option of each field format: value, label and the optional
 * members.
 */
class EnumOptionsOutputTest {

  private static final List<String> OPTIONS =
      List.of("-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The same constants as the enum of {@link #PRIORITY}, for reading its option values back with
   * Jackson.
   */
  enum Priority {
    HIGH_PRIORITY,
    NORMAL,
    LOW
  }

  private static final JavaFileObject PRIORITY =
      JavaFileObjects.forSourceLines(
          "test.Priority",
          "package test;",
          "import io.github.hubspotapt.*;",
          "public enum Priority {",
          "  HIGH_PRIORITY,",
          "  @Option(label = \"Normal\", description = \"The usual\", displayOrder = 1) NORMAL,",
          "  @Option(value = \"low\", label = \"Low\", displayOrder = 2) LOW",
          "}");

  private static JsonNode json(Compilation compilation, String path) throws IOException {
    JavaFileObject file =
        compilation
            .generatedFile(StandardLocation.SOURCE_OUTPUT, "hubspot-project/" + path)
            .orElseThrow(() -> new AssertionError(path + " not generated"));
    try (InputStream in = file.openInputStream()) {
      return JSON.readTree(in);
    }
  }

  /**
   * The input fields written for the workflow action "assign", declared by {@code record}, which
   * may use {@link #PRIORITY}; the compilation must succeed without warnings.
   */
  private static JsonNode assignInputs(String... record) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add("import io.github.hubspotapt.*;");
    lines.add(
        "@WorkflowAction(uid = \"assign\", actionUrl = \"https://example.com/actions/assign\",");
    lines.add("    labels = @ActionLabels(actionName = \"Assign\"))");
    lines.addAll(List.of(record));
    Compilation compilation =
        compile(
            OPTIONS,
            AppSource.valid().build(),
            PRIORITY,
            JavaFileObjects.forSourceLines("test.Assign", lines));
    assertThat(compilation).succeededWithoutWarnings();
    return json(compilation, "src/app/workflow-actions/assign-hsmeta.json")
        .get("config")
        .get("inputFields");
  }

  /**
   * HubSpot fetches an optionsUrl's options only for enumeration fields, whose values are strings.
   */
  @Test
  void aStringInputWithAnOptionsUrlIsAnEnumerationFetchedFromIt() throws IOException {
    JsonNode typeDefinition =
        assignInputs(
                "public record Assign(@InputField(optionsUrl = \"https://example.com/options/teams\") String team) {}")
            .get(0)
            .get("typeDefinition");
    assertThat(typeDefinition.toString())
        .isEqualTo(
            "{\"name\":\"team\",\"type\":\"enumeration\","
                + "\"fieldType\":\"select\",\"optionsUrl\":\"https://example.com/options/teams\"}");
  }

  /**
   * HubSpot's owner field: an enumeration of the account's owners, {@code referencedObjectType}
   * OWNER, no options of its own (HubSpot's custom-workflow-action example, SPEC 11.2); an enum
   * field referencing owners keeps its options.
   */
  @Test
  void anOwnerInputIsAnEnumerationReferencingOwners() throws IOException {
    JsonNode inputs =
        assignInputs(
            "public record Assign(@InputField(owner = true) String widgetOwner,",
            "    @InputField(owner = true) Priority priority) {}");
    assertThat(inputs.get(0).get("typeDefinition").toString())
        .isEqualTo(
            "{\"name\":\"widgetOwner\",\"type\":\"enumeration\","
                + "\"fieldType\":\"select\",\"referencedObjectType\":\"OWNER\"}");
    assertThat(inputs.get(1).at("/typeDefinition/referencedObjectType").asText())
        .isEqualTo("OWNER");
    assertThat(inputs.get(1).at("/typeDefinition/options").size()).isEqualTo(3);
  }

  @Test
  void workflowActionOptionsCarryDescriptionAndDisplayOrder() throws IOException {
    Compilation compilation =
        compile(
            OPTIONS,
            AppSource.valid().build(),
            PRIORITY,
            JavaFileObjects.forSourceLines(
                "test.Notify",
                "package test;",
                "import io.github.hubspotapt.*;",
                "@WorkflowAction(uid = \"notify\", actionUrl = \"https://example.com/actions/notify\",",
                "    labels = @ActionLabels(actionName = \"Notify\"), output = Notify.Sent.class)",
                "public record Notify(Priority priority) {",
                "  public record Sent(Priority usedPriority) {}",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    JsonNode config =
        json(compilation, "src/app/workflow-actions/notify-hsmeta.json").get("config");
    String expected =
        "[{\"value\":\"HIGH_PRIORITY\",\"label\":\"High priority\"},"
            + "{\"value\":\"NORMAL\",\"label\":\"Normal\",\"description\":\"The usual\",\"displayOrder\":1},"
            + "{\"value\":\"low\",\"label\":\"Low\",\"displayOrder\":2}]";
    assertThat(config.at("/inputFields/0/typeDefinition/options").toString()).isEqualTo(expected);
    assertThat(config.at("/outputFields/0/typeDefinition/options").toString()).isEqualTo(expected);
  }

  @Test
  void appEventOptionsHaveValueAndLabelOnly() throws IOException {
    Compilation compilation =
        compile(
            OPTIONS,
            AppSource.valid().withAuth("requiredScopes", "{\"oauth\", \"timeline\"}").build(),
            PRIORITY,
            JavaFileObjects.forSourceLines(
                "test.Registration",
                "package test;",
                "import io.github.hubspotapt.*;",
                "@AppEvent(uid = \"registration\", name = \"Registration\", objectType = AppEventObjectType.CONTACT)",
                "public record Registration(Priority priority) {}"));

    assertThat(compilation).succeeded();
    assertThat(
            json(compilation, "src/app/app-events/registration-hsmeta.json")
                .at("/config/properties/0/options")
                .toString())
        .isEqualTo(
            "[{\"value\":\"HIGH_PRIORITY\",\"label\":\"High priority\"},"
                + "{\"value\":\"NORMAL\",\"label\":\"Normal\"},{\"value\":\"low\",\"label\":\"Low\"}]");
  }

  /**
   * Without {@code @Option} a constant's value is its name, so a default ObjectMapper reads
   * HubSpot's execution request back into the constant; the label is the name in words.
   */
  @Test
  void theDefaultValueIsWhatJacksonReadsBackIntoTheConstant() throws IOException {
    Compilation compilation =
        compile(
            OPTIONS,
            AppSource.valid().build(),
            PRIORITY,
            JavaFileObjects.forSourceLines(
                "test.Notify",
                "package test;",
                "import io.github.hubspotapt.*;",
                "@WorkflowAction(uid = \"notify\", actionUrl = \"https://example.com/actions/notify\",",
                "    labels = @ActionLabels(actionName = \"Notify\"))",
                "public record Notify(Priority priority) {}"));

    List<Priority> read = new ArrayList<>();
    JsonNode options =
        json(compilation, "src/app/workflow-actions/notify-hsmeta.json")
            .at("/config/inputFields/0/typeDefinition/options");
    for (JsonNode option : options) {
      if (!option.get("value").asText().equals("low")) {
        read.add(JSON.readValue(option.get("value").toString(), Priority.class));
      }
    }
    assertThat(read).containsExactly(Priority.HIGH_PRIORITY, Priority.NORMAL).inOrder();
  }
}
