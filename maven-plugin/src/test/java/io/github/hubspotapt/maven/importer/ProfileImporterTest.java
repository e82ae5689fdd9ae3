package io.github.hubspotapt.maven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hsprofile files: @Profile on the app class, typed @Variables, ${NAME} kept, what @Profile cannot
 * hold a finding.
 */
class ProfileImporterTest {

  private static final String LOCAL =
      """
      {
        "accountId": 12345678,
        "variables": {
          "BASE_URL": "https://acme-dev.tunnel.example",
          "MAX_REQUESTS": 5,
          "RATIO": 2.50,
          "DEBUG": true
        }
      }
      """;
  private static final String PROD =
      """
      {
        "accountId": 98765432101,
        "variables": {
          "BASE_URL": "https://acme.example",
          "MAX_REQUESTS": 20,
          "RATIO": 1,
          "DEBUG": false
        }
      }
      """;

  @TempDir Path dir;

  private TestProject projectWithProfiles() throws Exception {
    return TestProject.of(dir)
        .file("src/hsprofile.local.json", LOCAL)
        .file("src/hsprofile.prod.json", PROD)
        .component(
            "webhooks",
            "webhooks",
            "webhooks",
            """
            {"settings": {"targetUrl": "${BASE_URL}/hooks", "maxConcurrentRequests": "${MAX_REQUESTS}"},
             "subscriptions": {"crmObjects": [{"subscriptionType": "object.creation", "objectType": "contact",
               "active": true}], "legacyCrmObjects": [], "hubEvents": []}}""");
  }

  @Test
  void eachProfileIsAProfileOnTheAppClassWithTypedVariables() throws Exception {
    String source = projectWithProfiles().source("AcmeApp");
    assertTrue(
        source.contains(
            """
        @Profile(
            name = "local",
            accountId = 12345678,
            variables = {
                @Variable(name = "BASE_URL", value = "https://acme-dev.tunnel.example"),
                @Variable(name = "MAX_REQUESTS", value = "5", type = VariableType.NUMBER),
                @Variable(name = "RATIO", value = "2.50", type = VariableType.NUMBER),
                @Variable(name = "DEBUG", value = "true", type = VariableType.BOOLEAN)
            }
        )
        @Profile(
            name = "prod",
            accountId = 98765432101L,"""),
        source);
    assertTrue(source.contains("public final class AcmeApp {"), source);
  }

  @Test
  void aNumberInExponentFormIsWrittenAsBigDecimalWritesIt() throws Exception {
    String source =
        TestProject.of(dir)
            .file("src/hsprofile.local.json", "{\"accountId\": 1, \"variables\": {\"LIMIT\": 1e3}}")
            .source("AcmeApp");
    assertTrue(
        source.contains(
            "@Variable(name = \"LIMIT\", value = \"1E+3\", type = VariableType.NUMBER)"),
        source);
  }

  @Test
  void aWholeVariableForMaxConcurrentRequestsIsItsVariableMemberAndStringsKeepTheirReferences()
      throws Exception {
    String source = projectWithProfiles().source("Webhooks");
    assertTrue(
        source.contains(
            """
            targetUrl = "${BASE_URL}/hooks",
            maxConcurrentRequestsVariable = "MAX_REQUESTS"
        )"""),
        source);
  }

  @Test
  void theProfilesAndTheirReferencesComeBackByteForByte() throws Exception {
    TestProject project = projectWithProfiles();
    Path work = dir.resolve("work");
    project.assertRoundTrips(work);
    assertEquals(LOCAL, Files.readString(work.resolve("project/src/hsprofile.local.json")));
    assertEquals(PROD, Files.readString(work.resolve("project/src/hsprofile.prod.json")));
    assertTrue(
        Files.readString(work.resolve("project/src/app/webhooks/webhooks-hsmeta.json"))
            .contains("\"maxConcurrentRequests\": \"${MAX_REQUESTS}\""));
  }

  @Test
  void whatAProfileAnnotationCannotHoldIsAFindingWithItsJsonPath() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .file(
                "src/hsprofile.qa.json",
                """
            {"accountId": 1, "variables": {"NESTED": {"a": 1}, "LIST": [1], "NONE": null, "OK": "x"}, "extra": 1}""")
            .file("src/hsprofile.staging.json", "{\"accountId\": \"123\"}")
            .file("src/hsprofile.dev.json", "{\"variables\": {}}")
            .file("src/hsprofile.a.b.json", "{\"accountId\": 1}");
    ImportResult result = project.read();
    assertEquals(
        List.of(
            "src/hsprofile.a.b.json: HubSpot's CLI takes no file of this name for a profile (hsprofile.<name>.json,"
                + " <name> without dots), and the processor refuses it in the front-end folder (HS-PROFILE-NAME)",
            "src/hsprofile.dev.json /accountId: missing; @Profile(accountId) has no default",
            "src/hsprofile.qa.json /extra: no annotation member writes it",
            "src/hsprofile.qa.json /variables/LIST: the value [1] is no string, number or boolean, the only values"
                + " @Variable (and HubSpot's parser) allow a profile variable",
            "src/hsprofile.qa.json /variables/NESTED: the value {\"a\":1} is no string, number or boolean, the only"
                + " values @Variable (and HubSpot's parser) allow a profile variable",
            "src/hsprofile.qa.json /variables/NONE: the value null is no string, number or boolean, the only values"
                + " @Variable (and HubSpot's parser) allow a profile variable",
            "src/hsprofile.staging.json /accountId: accountId \"123\" is not a whole number that fits a long;"
                + " @Profile(accountId) is the number of the HubSpot account the profile uploads to"),
        result.findings().stream().map(ImportFinding::toString).sorted().toList());
    String app = TestProject.source(result, "AcmeApp");
    assertTrue(
        app.contains(
            "@Profile(\n    name = \"qa\",\n    accountId = 1,\n    variables = @Variable(name = \"OK\","
                + " value = \"x\")\n)"),
        app);
    assertFalse(app.contains("\"staging\"") || app.contains("\"dev\""), app);
    assertFalse(
        result.frontendFiles().contains("hsprofile.a.b.json"), result.frontendFiles().toString());
  }

  @Test
  void aWholeVariableInATypedPlaceWithoutAVariableMemberIsAFinding() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .file("src/hsprofile.local.json", LOCAL)
            .component(
                "webhooks",
                "webhooks",
                "webhooks",
                """
            {"settings": {"targetUrl": "https://acme.example/hooks"},
             "subscriptions": {"crmObjects": [{"subscriptionType": "object.creation", "objectType": "contact",
               "active": "${DEBUG}"}]}}""");
    assertEquals(
        List.of(
            new ImportFinding(
                "src/app/webhooks/webhooks-hsmeta.json",
                "/config/subscriptions/crmObjects/0/active",
                "the profile variable ${DEBUG} stands for a typed value here, and this annotation member has no"
                    + " <member>Variable sibling to name it (@WebhookSettings(maxConcurrentRequestsVariable) is the one"
                    + " there is)")),
        project.read().findings());
  }

  @Test
  void withProfilesAsFilesTheyAreFrontEndFilesTheProcessorCopiesBack() throws Exception {
    TestProject project = projectWithProfiles();
    ImportResult result = new ProjectImport(project.dir(), "com.acme", ProfileTarget.FILES).read();
    assertEquals(List.of(), result.findings());
    assertEquals(List.of("hsprofile.local.json", "hsprofile.prod.json"), result.frontendFiles());
    assertFalse(TestProject.source(result, "AcmeApp").contains("@Profile"));
    Path work = dir.resolve("work");
    new ImportWriter(work.resolve("java"), work.resolve("hubspot")).write(result);
    ProcessorCompiler.Result compiled =
        ProcessorCompiler.compile(
            work.resolve("java"),
            work.resolve("hubspot"),
            work.resolve("project"),
            work.resolve("build"));
    assertTrue(compiled.success(), compiled.output());
    assertEquals(LOCAL, Files.readString(work.resolve("project/src/hsprofile.local.json")));
    assertEquals(PROD, Files.readString(work.resolve("project/src/hsprofile.prod.json")));
  }

  @Test
  void aProfileOfAProjectWithoutAnAppIsAFinding() throws Exception {
    TestProject project = TestProject.of(dir).file("src/hsprofile.local.json", LOCAL);
    Files.delete(project.dir().resolve("src/app/app-hsmeta.json"));
    assertEquals(List.of("hsproject.json ", "src/hsprofile.local.json "), project.findings());
  }

  @Test
  void profileTargetsAreNamedAsTheUserSetsThem() throws Exception {
    assertEquals(ProfileTarget.FILES, ProfileTarget.of("files"));
    assertEquals(ProfileTarget.ANNOTATIONS, ProfileTarget.of("annotations"));
    ImportException unknown = assertThrows(ImportException.class, () -> ProfileTarget.of("code"));
    assertEquals(
        "profiles \"code\" is neither \"annotations\" (@Profile on the app class) nor \"files\" (hsprofile"
            + " files in the front-end folder)",
        unknown.getMessage());
  }
}
