package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.layout.ProjectLayout;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.ProfileVariable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a project with profiles: those of the profiles themselves, and, where the project
 * uses {@code ${...}}, every rule on every profile's values, as HubSpot checks the files each
 * {@code --profile} produces. A finding in every profile alike (a problem of the text as written)
 * is reported once; one that differs names its profile: {@code in profile "local": ...}. Without
 * any {@code ${...}} the project is the same in every profile, and checked once.
 */
final class ProfileChecks {

  private final Rules rules;

  ProfileChecks(Rules rules) {
    this.rules = rules;
  }

  void check(HubSpotProject project, List<Profile> profiles, Diagnostics diagnostics) {
    // The profile rules look at the profiles only: without any, their classes are not even loaded.
    if (!profiles.isEmpty()) {
      for (ProfileRule rule : profileRules()) {
        rule.check(profiles, diagnostics);
      }
    }
    // Almost no project has a placeholder; whether one has is known from reading its types (cached
    // ones included).
    List<Substitution.Reference> references =
        project.placeholders() ? Substitution.references(project) : List.of();
    if (references.isEmpty()) {
      rules.check(project, diagnostics);
      return;
    }
    List<Profile> named = distinctNames(profiles);
    if (named.isEmpty()) {
      checkWithoutProfile(project, references, diagnostics);
      return;
    }
    // Each finding, in the order first seen, with the profiles it was found in.
    Map<ProfileFindings.Finding, List<String>> found = new LinkedHashMap<>();
    for (Profile profile : named) {
      Substitution substitution = Substitution.of(profile);
      HubSpotProject copy = substitution.apply(project);
      reportUnsubstituted(substitution, profile, diagnostics);
      ProfileFindings findings = new ProfileFindings();
      rules.check(copy, findings);
      Set<Origin> unsubstituted = substitution.unsubstituted();
      for (ProfileFindings.Finding finding : findings.findings()) {
        if (!unsubstituted.contains(finding.origin())) {
          found.computeIfAbsent(finding, f -> new ArrayList<>()).add(profile.name().value());
        }
      }
    }
    found.forEach(
        (finding, inProfiles) -> {
          if (inProfiles.size() == named.size()) {
            diagnostics.report(finding.rule(), finding.origin(), finding.message());
          } else {
            inProfiles.forEach(
                name ->
                    diagnostics.report(
                        finding.rule(), finding.origin(), in(name) + finding.message()));
          }
        });
  }

  private static List<ProfileRule> profileRules() {
    return List.of(
        new ProfileFileRule(),
        new ProfileNameRule(),
        new ProfileAccountRule(),
        new ProfileValueRule(),
        new ProfileDuplicateRule());
  }

  /** The first profile of each name (a second is HS-PROFILE-DUPLICATE's error). */
  static List<Profile> distinctNames(List<Profile> profiles) {
    Set<String> names = new HashSet<>();
    return profiles.stream()
        .filter(p -> p.name().value() != null && names.add(p.name().value()))
        .toList();
  }

  /** Every {@code ${...}} is an error; the rules still run, but say nothing of the placeholders. */
  private void checkWithoutProfile(
      HubSpotProject project, List<Substitution.Reference> references, Diagnostics diagnostics) {
    Set<Origin> placeholders = new HashSet<>();
    for (Substitution.Reference reference : references) {
      placeholders.add(reference.origin());
      diagnostics.report(
          RuleId.PROFILE_NONE,
          reference.origin(),
          "${"
              + reference.variable()
              + "} has no profile"
              + " to take its value from; declare @Profile(name = ..., accountId = ..., variables = @Variable(name = \""
              + reference.variable()
              + "\", value = ...)) on the app class, or an hsprofile.<name>.json in the front-end"
              + " folder");
    }
    ProfileFindings findings = new ProfileFindings();
    rules.check(project, findings);
    findings.findings().stream()
        .filter(f -> !placeholders.contains(f.origin()))
        .forEach(f -> diagnostics.report(f.rule(), f.origin(), f.message()));
  }

  /**
   * HubSpot's own words for a variable the profile lacks, the typed members a value does not fit,
   * and the strings a number or boolean would replace.
   */
  private static void reportUnsubstituted(
      Substitution substitution, Profile profile, Diagnostics diagnostics) {
    String file = ProjectLayout.profileFile(profile.name().value());
    Set<Substitution.Reference> reported = new HashSet<>();
    for (Substitution.Reference missing : substitution.missing()) {
      String key = missing.variable();
      if (profile.variable(key) == null && reported.add(missing)) {
        diagnostics.report(
            RuleId.PROFILE_VARIABLE,
            missing.origin(),
            in(profile.name().value())
                + "Missing value for "
                + key
                + " in "
                + file
                + ". Add "
                + key
                + " to your profile variables.");
      }
    }
    for (Substitution.Mismatch mismatch : substitution.mismatches()) {
      diagnostics.report(
          RuleId.PROFILE_VALUE,
          mismatch.reference().origin(),
          in(profile.name().value()) + mismatchMessage(mismatch, profile));
    }
    for (Substitution.Retyped retyped : substitution.retyped()) {
      diagnostics.report(
          RuleId.PROFILE_VALUE,
          retyped.reference().origin(),
          in(profile.name().value()) + retypedMessage(retyped, profile));
    }
  }

  /**
   * HubSpot's CLI replaces a string that is exactly {@code ${name}} with the variable's own value
   * (project-parsing-lib 0.23.0, {@code profiles.js}, {@code replaceVariablesInValue}), and HubSpot
   * refuses a number or boolean where config has a string ({@code Value (7) in config.name: must be
   * string}, measured on upload).
   */
  private static String retypedMessage(Substitution.Retyped retyped, Profile profile) {
    String key = retyped.reference().variable();
    String value = retyped.variable().asText();
    String type = retyped.variable().kind() == ProfileVariable.Kind.NUMBER ? "number" : "boolean";
    String fix =
        profile.file() == null
            ? "declare "
                + key
                + " with type = VariableType.STRING (value = "
                + Quote.of(value)
                + ")"
            : "write "
                + key
                + "'s value as the string "
                + Quote.of(value)
                + " in "
                + profile.file();
    return retyped.member()
        + " is exactly ${"
        + key
        + "}, and "
        + key
        + " is the "
        + type
        + " "
        + value
        + ": HubSpot's CLI writes the "
        + type
        + " itself in its place, and HubSpot refuses it, as "
        + retyped.member()
        + " must be a string; "
        + fix
        + ", or put text around ${"
        + key
        + "}";
  }

  /**
   * HubSpot's CLI puts a variable's own JSON value where a typed member names it ({@code
   * "maxConcurrentRequests": "${MAX}"}), so a variable of another type than the member's writes
   * that type there (a STRING variable "10" writes the string "10" where HubSpot needs a number):
   * the type is the problem, not the value. A variable of the member's type has a value outside it
   * (a NUMBER beyond an int).
   */
  private static String mismatchMessage(Substitution.Mismatch mismatch, Profile profile) {
    ProfileVariable variable = mismatch.variable();
    String key = mismatch.reference().variable();
    String text = variable.text().value();
    String intRange = "a whole number from -2147483648 to 2147483647";
    String start = mismatch.member() + " takes variable " + key;
    if (mismatch.integer() && variable.kind() == ProfileVariable.Kind.NUMBER) {
      return start + ", whose value " + Quote.of(text) + " is not " + intRange + " (a Java int)";
    }
    String written =
        switch (variable.kind()) {
          case STRING -> "the string " + Quote.of(text);
          case NUMBER -> "the number " + variable.asText();
          default -> "the boolean " + variable.asText();
        };
    String needed = mismatch.integer() ? "NUMBER" : "BOOLEAN";
    boolean fits =
        mismatch.integer()
            ? ProfileVariable.isJsonNumber(text) && Substitution.fitsInt(new BigDecimal(text))
            : text.equals("true") || text.equals("false");
    String fix;
    if (profile.file() == null) {
      fix =
          "declare "
              + key
              + " with type = VariableType."
              + needed
              + (fits
                  ? ""
                  : mismatch.integer()
                      ? " and " + intRange + " as its value"
                      : " and the value \"true\" or \"false\"");
    } else {
      fix =
          "write "
              + key
              + "'s value "
              + (fits
                  ? "as " + text + ", without quotes,"
                  : mismatch.integer() ? "as " + intRange : "as true or false")
              + " in "
              + profile.file();
    }
    return start
        + ", which is a "
        + variable.kind()
        + " variable: HubSpot's CLI writes "
        + written
        + " in its place, where "
        + mismatch.member()
        + " must be a "
        + (mismatch.integer() ? "number" : "boolean")
        + "; "
        + fix;
  }

  private static String in(String profile) {
    return "in profile " + Quote.of(profile) + ": ";
  }
}
