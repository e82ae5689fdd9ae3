package io.github.hubspotapt.processor.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code ```java} block of the documentation and how it is compiled, as the HTML comment on the
 * line before it says ({@code <!-- sample: body; with example; given Invoices invoices -->}): the
 * convention CONTRIBUTING.md describes.
 *
 * @param document the Markdown file
 * @param line the line of the block's first Java line, 1-based
 * @param form how the block is wrapped into a compilation unit
 * @param runtime whether hubspot-apt-runtime is on the class path
 * @param name the name other samples compile it with, or null
 * @param with the named samples, or {@link #EXAMPLE}, it is compiled with
 * @param given the parameters of a {@code body}'s method
 * @param code the block's text
 */
record DocSample(
    Path document,
    int line,
    Form form,
    boolean runtime,
    String name,
    List<String> with,
    String given,
    String code) {

  /** How a block is compiled. */
  enum Form {
    /** A compilation unit, its package and imports optional. */
    UNIT,
    /** The body of a class. */
    MEMBERS,
    /** The body of a method. */
    BODY,
    /** A complete compilation unit for spring-boot-starter's FrameworkSamplesTest. */
    FRAMEWORK
  }

  /** {@code with example}: the example app's classes on the class path. */
  static final String EXAMPLE = "example";

  private static final Pattern MARKER = Pattern.compile("^<!-- sample: (.*) -->$");
  private static final String FENCE = "```java";

  /** Every Java block of {@code documents}, in order. */
  static List<DocSample> all(List<Path> documents) {
    List<DocSample> samples = new ArrayList<>();
    for (Path document : documents) {
      List<String> lines = Documents.lines(document);
      for (int i = 0; i < lines.size(); i++) {
        Matcher marker = MARKER.matcher(lines.get(i));
        if (marker.matches() && (i + 1 == lines.size() || !lines.get(i + 1).equals(FENCE))) {
          throw new AssertionError(
              at(document, i + 1) + "a sample comment not right before ```java");
        }
        if (lines.get(i).equals(FENCE)) {
          String clauses =
              i > 0 && MARKER.matcher(lines.get(i - 1)).matches() ? lines.get(i - 1) : "";
          samples.add(parse(document, i + 2, clauses, block(document, lines, i + 1)));
        }
      }
    }
    return samples;
  }

  /** The name a failure gives the sample: its document and line. */
  String where() {
    return Documents.name(document) + ":" + line;
  }

  /** Whether it needs the example app's classes. */
  boolean withExample() {
    return with.contains(EXAMPLE);
  }

  private static String block(Path document, List<String> lines, int first) {
    StringBuilder code = new StringBuilder();
    for (int i = first; i < lines.size(); i++) {
      if (lines.get(i).startsWith("```")) {
        return code.toString();
      }
      code.append(lines.get(i)).append('\n');
    }
    throw new AssertionError(at(document, first) + "a ```java block that never ends");
  }

  private static DocSample parse(Path document, int line, String marker, String code) {
    Matcher clauses = MARKER.matcher(marker);
    Form form = Form.UNIT;
    boolean runtime = false;
    String name = null;
    List<String> with = new ArrayList<>();
    String given = "";
    for (String clause : clauses.matches() ? clauses.group(1).split(";") : new String[0]) {
      String[] words = clause.strip().split(" ", 2);
      switch (words[0]) {
        case "unit", "members", "body", "framework" ->
            form = Form.valueOf(words[0].toUpperCase(Locale.ROOT));
        case "runtime" -> runtime = true;
        case "named" -> name = argument(document, line, words);
        case "with" -> with.add(argument(document, line, words));
        case "given" -> given = argument(document, line, words);
        default ->
            throw new AssertionError(
                at(document, line - 2) + "unknown sample clause \"" + clause.strip() + "\"");
      }
    }
    if (!given.isEmpty() && form != Form.BODY) {
      throw new AssertionError(at(document, line - 2) + "given is for a body only");
    }
    return new DocSample(
        document,
        line,
        form,
        runtime || with.contains(EXAMPLE),
        name,
        List.copyOf(with),
        given,
        code);
  }

  private static String argument(Path document, int line, String[] words) {
    if (words.length < 2 || words[1].isBlank()) {
      throw new AssertionError(
          at(document, line - 2) + "sample clause " + words[0] + " needs a value");
    }
    return words[1].strip();
  }

  private static String at(Path document, int line) {
    return Documents.name(document) + ":" + line + ": ";
  }
}
