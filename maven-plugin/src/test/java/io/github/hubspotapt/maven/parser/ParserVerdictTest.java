package io.github.hubspotapt.maven.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParserVerdictTest {

  @Test
  void anAcceptanceSaysWhatWasCheckedInOneLine() {
    ParserVerdict verdict =
        ParserVerdict.parse(
            "accepted 2026.03\ncomponent APPLICATION\ncomponent CARD\n"
                + "component WEBHOOKS\ncomponent CARD\n");
    assertTrue(verdict.accepted());
    assertEquals(
        "HubSpot project parser 0.23.0 accepted target/hubspot-project: 4 components (APPLICATION, "
            + "CARD x2, WEBHOOKS) on platform 2026.03; config fields are checked by HubSpot's servers at upload, and by "
            + "hubspot-apt's compile-time rules",
        verdict.acceptedLine("target/hubspot-project"));
  }

  @Test
  void anAcceptanceInEveryProfileNamesTheProfiles() {
    ParserVerdict verdict =
        ParserVerdict.parse(
            "accepted 2026.03\ncomponent APPLICATION\nprofile local\nprofile prod\n");
    assertEquals(List.of("local", "prod"), verdict.profiles());
    assertTrue(
        verdict
            .acceptedLine("p")
            .contains(
                ": 1 component (APPLICATION) on platform 2026.03 in each of the"
                    + " profiles local, prod; config fields"),
        verdict.acceptedLine("p"));
  }

  @Test
  void skippedFilesBecomeWarnings() {
    ParserVerdict verdict =
        ParserVerdict.parse(
            "accepted 2025.2\ncomponent APPLICATION\nskipped app/extra/x-hsmeta.json\n");
    assertEquals(List.of("app/extra/x-hsmeta.json"), verdict.skippedFiles());
    assertEquals(
        List.of(
            "HubSpot's project parser skipped p/<srcDir>/app/extra/x-hsmeta.json: a *-hsmeta.json "
                + "outside a component folder is not part of the project"),
        verdict.skippedWarnings("p"));
    assertTrue(
        verdict.acceptedLine("p").contains(": 1 component (APPLICATION) on platform 2025.2;"));
  }

  @Test
  void aRejectionKeepsHubSpotsMessageVerbatim() {
    String message =
        "Project validation failed:\n\nEncountered the following errors for p/src/app/x-hsmeta.json:\n"
            + "\t- Missing required field: 'uid'";
    ParserVerdict verdict = ParserVerdict.parse("rejected src\n" + message + "\n");
    assertFalse(verdict.accepted());
    assertEquals(message, verdict.message());
    assertEquals(
        "HubSpot project parser 0.23.0 rejected p (source folder p/src):"
            + System.lineSeparator()
            + message,
        verdict.rejectedMessage("p"));
  }

  @Test
  void aProjectWithoutReadableHsprojectJsonHasNoSourceFolder() {
    ParserVerdict verdict = ParserVerdict.parse("rejected\nCould not read hsproject.json in p\n");
    assertEquals(
        "HubSpot project parser 0.23.0 rejected p:"
            + System.lineSeparator()
            + "Could not read hsproject.json in p",
        verdict.rejectedMessage("p"));
  }

  @Test
  void anythingElseIsNotAVerdict() {
    assertThrows(
        IllegalArgumentException.class, () -> ParserVerdict.parse("Error: Cannot find module\n"));
  }
}
