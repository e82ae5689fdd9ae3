package io.github.hubspotapt.processor.rulepages;

import java.util.ArrayList;
import java.util.List;

/**
 * A Javadoc comment's text as Markdown: inline tags as code or plain names, paragraphs and list
 * items kept.
 */
final class Javadoc {

  private Javadoc() {}

  /** {@code body}: the comment between its opening and closing marks. */
  static String toMarkdown(String body) {
    List<String> lines = new ArrayList<>();
    for (String line : body.split("\n")) {
      lines.add(line.replaceFirst("^\\s*\\* ?", "").stripTrailing());
    }
    String text = String.join("\n", lines).strip();
    text = inlineTags(text);
    text =
        text.replaceAll("\\s*<p>\\s*", "\n\n")
            .replaceAll("\\s*</?ul>\\s*", "\n\n")
            .replaceAll("\\s*<li>\\s*", "\n- ")
            .replaceAll("</?em>", "*")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
            .replaceAll("\n\n- ", "\n- ");
    return text.replaceAll("\n{3,}", "\n\n").strip();
  }

  /**
   * The inline tags as Markdown: a code tag as a code span ({@code `x`}), a link tag as the member
   * it names ({@code A.b}), a linkplain tag as its text.
   */
  private static String inlineTags(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("{@", i);
      if (start < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, start);
      int end = closingBrace(text, start);
      // A line break may separate the tag's name from its argument, as a formatter wraps it.
      String[] tag = text.substring(start + 2, end).split("\\s+", 2);
      String name = tag[0];
      String argument = tag.length < 2 ? "" : tag[1].strip();
      out.append(
          switch (name) {
            case "code", "literal" -> "`" + argument.replace('\n', ' ') + "`";
            case "link", "linkplain" -> linkText(argument);
            default -> argument;
          });
      i = end + 1;
    }
    return out.toString();
  }

  private static String linkText(String argument) {
    String[] parts = argument.split("\\s+", 2);
    if (parts.length == 2) {
      return parts[1].strip();
    }
    String target = argument.startsWith("#") ? argument.substring(1) : argument.replace('#', '.');
    return "`" + target.substring(target.lastIndexOf('.', target.lastIndexOf('.') - 1) + 1) + "`";
  }

  /** The index of the brace that closes the tag opened at {@code start}, counting nested braces. */
  private static int closingBrace(String text, int start) {
    int depth = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unclosed inline tag: " + text.substring(start));
  }
}
