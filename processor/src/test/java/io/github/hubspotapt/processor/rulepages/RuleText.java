package io.github.hubspotapt.processor.rulepages;

import io.github.hubspotapt.processor.diagnostics.RuleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a rule's page says beyond {@link RuleId} and the rule classes' comments: the resource {@code
 * rule-pages/<id>.txt}, made of sections that each start with a line {@code == <name>}:
 *
 * <ul>
 *   <li>{@code checks}, {@code evidence}, {@code severity}: prose (Markdown) for the page's
 *       sections; without {@code checks} the page quotes the comments of the classes that report
 *       the rule;
 *   <li>{@code failing}: a Java source the rule reports; {@code // file: Name.java} lines start
 *       further files;
 *   <li>{@code passing}: the source fixed, or {@code fix}: lines {@code old => new}, replaced in
 *       the failing source ({@code \n} for a line break, nothing after the arrow to delete);
 *   <li>{@code setup}, {@code failing-setup}, {@code passing-setup}: how both examples, or only the
 *       failing or the passing one, are compiled: {@code frontend} (a front-end folder, {@code
 *       -Ahubspot.frontendDir}), {@code file <path> <content>} (a file in it, {@code \n} for a line
 *       break), {@code option -A...}, {@code runtime} (hubspot-apt-runtime on the class path);
 *   <li>{@code not-exemplified}: why the rule has no examples (a failure of the machine, not of the
 *       sources).
 * </ul>
 */
record RuleText(Map<String, String> sections) {

  private static final Set<String> NAMES =
      Set.of(
          "checks",
          "evidence",
          "severity",
          "failing",
          "passing",
          "fix",
          "setup",
          "failing-setup",
          "passing-setup",
          "not-exemplified");

  static RuleText of(RuleId rule) {
    try (InputStream in = RuleText.class.getResourceAsStream("/rule-pages/" + rule.id() + ".txt")) {
      if (in == null) {
        throw new AssertionError(
            "no rule-pages/"
                + rule.id()
                + ".txt in src/test/resources: write the rule's page text");
      }
      return parse(rule.id(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RuleText parse(String id, String text) {
    Map<String, String> sections = new LinkedHashMap<>();
    String name = null;
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("== ")) {
        put(id, sections, name, body);
        name = line.substring(3).strip();
        if (!NAMES.contains(name)) {
          throw new AssertionError(id + ": unknown section " + name + ", expected one of " + NAMES);
        }
        body.setLength(0);
      } else if (name == null && !line.isBlank()) {
        throw new AssertionError(id + ": text before the first == section: " + line);
      } else {
        body.append(line).append('\n');
      }
    }
    put(id, sections, name, body);
    RuleText rule = new RuleText(Map.copyOf(sections));
    rule.validate(id);
    return rule;
  }

  private static void put(
      String id, Map<String, String> sections, String name, StringBuilder body) {
    if (name != null && sections.put(name, body.toString().strip()) != null) {
      throw new AssertionError(id + ": section " + name + " given twice");
    }
  }

  private void validate(String id) {
    boolean exemplified = !sections.containsKey("not-exemplified");
    boolean hasFix = sections.containsKey("passing") || sections.containsKey("fix");
    if (exemplified != sections.containsKey("failing") || exemplified != hasFix) {
      throw new AssertionError(
          id + ": give failing and passing (or fix) examples, or not-exemplified, not both");
    }
    if (sections.containsKey("passing") && sections.containsKey("fix")) {
      throw new AssertionError(id + ": give passing or fix, not both");
    }
  }

  String section(String name) {
    return sections.get(name);
  }

  boolean exemplified() {
    return !sections.containsKey("not-exemplified");
  }

  /** The failing example's files, each a name and its complete source. */
  List<Example.File> failing() {
    return Example.files(sections.get("failing"));
  }

  /** The passing example's files: as written, or the failing ones with the fixes applied. */
  List<Example.File> passing(String id) {
    if (sections.containsKey("passing")) {
      return Example.files(sections.get("passing"));
    }
    String source = sections.get("failing");
    for (String line : sections.get("fix").split("\n")) {
      int arrow = (line + " ").indexOf(" => ");
      String old = arrow < 0 ? null : line.substring(0, arrow).replace("\\n", "\n");
      if (old == null || !source.contains(old)) {
        throw new AssertionError(
            id + ": fix " + line + " is not 'old => new' with old in the failing example");
      }
      source =
          source.replace(
              old, line.substring(Math.min(line.length(), arrow + 4)).replace("\\n", "\n"));
    }
    return Example.files(source);
  }

  /** How the passing or the failing example is compiled: the shared setup lines, then its own. */
  List<String> setup(boolean passing) {
    List<String> lines = new ArrayList<>(lines("setup"));
    lines.addAll(lines(passing ? "passing-setup" : "failing-setup"));
    return lines;
  }

  /** The lines of a setup section; none when it is absent. */
  List<String> lines(String name) {
    String body = sections.get(name);
    return body == null || body.isEmpty() ? List.of() : List.of(body.split("\n"));
  }
}
