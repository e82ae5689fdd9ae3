package io.github.hubspotapt.processor.rulepages;

import io.github.hubspotapt.processor.diagnostics.RuleId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The comments of the classes that report each rule, as Markdown: the processor's rules and
 * run-time checks say in their class comment what HubSpot requires and where that is documented, so
 * a page quotes them rather than repeating them, and changes with them.
 */
final class RuleClasses {

  private static final Path MAIN =
      Path.of("src", "main", "java", "io", "github", "hubspotapt", "processor");

  /** The packages whose classes are rules: their class comment is about the rules they report. */
  private static final List<String> RULE_PACKAGES = List.of("rules", "endpoints");

  private static final Pattern REPORTED = Pattern.compile("RuleId\\.([A-Z0-9_]+)");

  /** The comment right before the top-level type's declaration. */
  private static final Pattern CLASS_COMMENT =
      Pattern.compile(
          "/\\*\\*((?:[^*]|\\*(?!/))*)\\*/\\s*\\n(?:@\\w+(?:\\([^)]*\\))?\\s*\\n)*"
              + "(?:public |final |abstract |sealed )*(?:class|record|enum|interface) (\\w+)");

  private RuleClasses() {}

  /** Each rule's class comments, in file-name order, as Markdown paragraphs. */
  static Map<RuleId, List<String>> comments() {
    Map<RuleId, List<String>> comments = new EnumMap<>(RuleId.class);
    for (String pkg : RULE_PACKAGES) {
      for (Path file : javaFiles(MAIN.resolve(pkg))) {
        String source = read(file);
        Matcher comment = CLASS_COMMENT.matcher(source);
        if (!comment.find()) {
          continue;
        }
        String markdown = Javadoc.toMarkdown(comment.group(1));
        Matcher reported = REPORTED.matcher(source);
        List<RuleId> seen = new ArrayList<>();
        while (reported.find()) {
          RuleId rule = RuleId.valueOf(reported.group(1));
          if (!seen.contains(rule)) {
            seen.add(rule);
            comments.computeIfAbsent(rule, r -> new ArrayList<>()).add(markdown);
          }
        }
      }
    }
    return comments;
  }

  private static List<Path> javaFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
