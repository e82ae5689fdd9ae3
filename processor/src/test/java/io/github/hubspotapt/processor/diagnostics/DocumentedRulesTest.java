package io.github.hubspotapt.processor.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rule table of docs/rules/README.md is the users' reference: it lists every rule id with its
 * default severity and a link to its page, and no other.
 */
class DocumentedRulesTest {

  private static final Pattern ROW =
      Pattern.compile(
          "^\\| \\[`(HS-[A-Z0-9-]+)`\\]\\(([^)]*)\\) \\| (error|warning|note) \\|",
          Pattern.MULTILINE);

  private static final Path TABLE = Path.of("..", "docs", "rules", "README.md");

  @Test
  void everyRuleIdIsInTheTableWithItsDefaultSeverityAndPage() throws IOException {
    String readme = Files.readString(TABLE);
    Set<String> documented = new HashSet<>();
    Matcher row = ROW.matcher(readme);
    while (row.find()) {
      RuleId rule =
          Arrays.stream(RuleId.values())
              .filter(r -> r.id().equals(row.group(1)))
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError(TABLE + " documents an unknown rule " + row.group(1)));
      assertEquals(rule.id() + ".md", row.group(2), rule.id() + "'s link");
      assertTrue(Files.isRegularFile(TABLE.resolveSibling(row.group(2))), row.group(2));
      assertEquals(
          rule.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT),
          row.group(3),
          rule.id());
      assertTrue(documented.add(rule.id()), "documented twice: " + rule.id());
    }
    List<String> missing =
        Arrays.stream(RuleId.values())
            .map(RuleId::id)
            .filter(id -> !documented.contains(id))
            .toList();
    assertEquals(List.of(), missing, "rules missing from " + TABLE);
  }

  @Test
  void theTableIsInOnePlace() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    assertFalse(
        Pattern.compile("^\\| `HS-", Pattern.MULTILINE).matcher(readme).find(),
        "README.md has rule rows; the rule table is " + TABLE);
  }

  @Test
  void ruleIdsAreUniqueAndWellFormed() {
    Set<String> ids = new HashSet<>();
    for (RuleId rule : RuleId.values()) {
      assertTrue(rule.id().matches("HS(-[A-Z0-9]+)+"), rule.id());
      assertTrue(ids.add(rule.id()), "duplicate id " + rule.id());
    }
  }
}
