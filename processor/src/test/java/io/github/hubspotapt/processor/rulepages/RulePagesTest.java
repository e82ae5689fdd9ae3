package io.github.hubspotapt.processor.rulepages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.hubspotapt.processor.diagnostics.RuleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/rules/ holds exactly one page per {@link RuleId}, each as {@link RulePage} renders it,
 * beside its hand-written index (README.md, checked by DocumentedRulesTest). With {@code
 * -Dhubspot.writeRulePages} the test writes the pages instead of comparing them.
 */
class RulePagesTest {

  private static final Path PAGES = Path.of("..", "docs", "rules");
  private static final Path TEXTS = Path.of("src", "test", "resources", "rule-pages");

  /** The index of the pages, written by hand: neither a page nor stale. */
  private static final Path INDEX = PAGES.resolve("README.md");

  @Test
  void everyRuleHasItsPageAndEveryPageARule() throws IOException {
    Map<RuleId, List<String>> comments = RuleClasses.comments();
    boolean write = System.getProperty("hubspot.writeRulePages") != null;
    if (write) {
      Files.createDirectories(PAGES);
      for (Path stale : names(PAGES, ".md")) {
        Files.delete(stale);
      }
    }
    List<String> outdated = new ArrayList<>();
    for (RuleId rule : RuleId.values()) {
      String page =
          RulePage.render(rule, RuleText.of(rule), comments.getOrDefault(rule, List.of()));
      Path file = PAGES.resolve(rule.id() + ".md");
      if (write) {
        Files.writeString(file, page);
      } else if (!Files.isRegularFile(file) || !Files.readString(file).equals(page)) {
        outdated.add(file.getFileName().toString());
      }
    }
    assertEquals(
        List.of(),
        outdated,
        "pages missing or out of date; regenerate them with -Dhubspot.writeRulePages"
            + " (the command is in each page's first line)");
    assertEquals(ids(), fileIds(PAGES, ".md"), "docs/rules/ has a page for each rule and no other");
  }

  @Test
  void everyRuleHasItsTextAndEveryTextARule() throws IOException {
    assertEquals(
        ids(), fileIds(TEXTS, ".txt"), "rule-pages/ has a text for each rule and no other");
  }

  private static SortedSet<String> ids() {
    return new TreeSet<>(Arrays.stream(RuleId.values()).map(RuleId::id).toList());
  }

  private static SortedSet<String> fileIds(Path folder, String extension) throws IOException {
    SortedSet<String> ids = new TreeSet<>();
    for (Path file : names(folder, extension)) {
      String name = file.getFileName().toString();
      ids.add(name.substring(0, name.length() - extension.length()));
    }
    return ids;
  }

  private static List<Path> names(Path folder, String extension) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(extension))
          .filter(f -> !f.equals(INDEX))
          .toList();
    }
  }
}
