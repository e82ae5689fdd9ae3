package io.github.hubspotapt.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the documentation leads somewhere: its file or folder exists, and its
 * {@code #fragment}, into a Markdown file, names one of that file's headings as GitHub anchors
 * them.
 */
class DocLinksTest {

  private static final List<Path> DOCUMENTS =
      Documents.markdown("README.md", "CONTRIBUTING.md", "CHANGELOG.md", "docs");

  /** {@code [text](target)} or {@code [text](target "title")}. */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

  private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");
  private static final Pattern CODE_SPAN = Pattern.compile("`+[^`]*`+");

  @Test
  void everyRelativeLinkLeadsToAFileAndHeading() {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path document : DOCUMENTS) {
      for (Link link : links(document)) {
        links++;
        String problem = problem(document, link.target());
        if (problem != null) {
          broken.add(
              Documents.name(document) + ":" + link.line() + ": " + link.target() + ": " + problem);
        }
      }
    }
    assertEquals(List.of(), broken);
    assertTrue(links > 100, "only " + links + " relative links found: is the pattern right?");
  }

  @Test
  void anchorsAreGitHubs() {
    assertEquals(
        List.of("hand-written--hsmetajson-files", "the-apps-auth", "the-apps-auth-1"),
        anchors(
            List.of(
                "# Hand-written `*-hsmeta.json` files", "## The app's auth", "## The app's auth")));
  }

  private record Link(int line, String target) {}

  /** The relative links outside code blocks and code spans. */
  private static List<Link> links(Path document) {
    List<Link> links = new ArrayList<>();
    boolean code = false;
    List<String> lines = Documents.lines(document);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```")) {
        code = !code;
        continue;
      }
      if (code) {
        continue;
      }
      Matcher link = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
      while (link.find()) {
        String target = link.group(1);
        if (!target.matches("^[a-z]+:.*")) {
          links.add(new Link(i + 1, target));
        }
      }
    }
    return links;
  }

  private static String problem(Path document, String target) {
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    Path file = path.isEmpty() ? document : document.resolveSibling(path).normalize();
    if (!Files.exists(file)) {
      return "no such file or folder";
    }
    if (hash < 0) {
      return null;
    }
    if (!file.toString().endsWith(".md")) {
      return "a fragment into a file that is not Markdown";
    }
    String fragment = target.substring(hash + 1);
    return anchors(Documents.lines(file)).contains(fragment)
        ? null
        : "no heading of " + file.getFileName() + " is anchored #" + fragment;
  }

  /**
   * GitHub's anchors of a document's headings: the heading's text in lower case, without code marks
   * and punctuation (letters, digits, spaces, {@code -} and {@code _} stay), spaces as {@code -}; a
   * repeated anchor gets {@code -1}, {@code -2}, ...
   */
  private static List<String> anchors(List<String> lines) {
    List<String> anchors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean code = false;
    for (String line : lines) {
      if (line.startsWith("```")) {
        code = !code;
      }
      Matcher heading = HEADING.matcher(line);
      if (code || !heading.matches()) {
        continue;
      }
      String anchor =
          heading
              .group(1)
              .strip()
              .toLowerCase(Locale.ROOT)
              .replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1")
              .replaceAll("[^\\p{L}\\p{N} _-]", "")
              .replace(' ', '-');
      int count = seen.merge(anchor, 1, Integer::sum);
      anchors.add(count == 1 ? anchor : anchor + "-" + (count - 1));
    }
    return anchors;
  }
}
