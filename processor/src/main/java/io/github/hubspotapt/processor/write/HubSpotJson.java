package io.github.hubspotapt.processor.write;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * JSON exactly as HubSpot's tooling writes it ({@code JSON.stringify(value, null, 2)}): two-space
 * indentation, {@code "key": value}, one array element per line, {@code {}} and {@code []} when
 * empty, LF line ends and a final newline; strings escaped as JSON.stringify escapes them (quote,
 * backslash, control characters and lone surrogates only, lower-case hex).
 *
 * <p>Written by hand rather than with Jackson: the benchmark showed that loading and initialising
 * Jackson's generator was a large part of the processor's cost on a small project, and these files
 * need nothing but the above.
 */
public final class HubSpotJson {

  private static final String INDENT = "  ";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * A string no character of which is escaped: no quote, backslash, control character or lone
   * surrogate (a pair is one code point to the pattern, and JSON.stringify keeps it). A pattern
   * rather than a loop over the characters: the JDK's matcher is compiled already, while a new
   * class loader's loop runs interpreted, which for every string of every file cost more than the
   * rest of the rendering.
   */
  private static final Pattern PLAIN = Pattern.compile("[^\\x00-\\x1f\"\\\\\\x{D800}-\\x{DFFF}]*");

  public JsonObject object() {
    return new JsonObject();
  }

  public JsonArray array() {
    return new JsonArray();
  }

  public JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    for (String value : values) {
      array.add(value);
    }
    return array;
  }

  public String render(JsonObject object) {
    StringBuilder out = new StringBuilder(512);
    value(out, object, 0);
    return out.append('\n').toString();
  }

  private static void value(StringBuilder out, Object value, int depth) {
    if (value instanceof JsonObject object) {
      members(out, object.members(), depth);
    } else if (value instanceof JsonArray array) {
      elements(out, array.elements(), depth);
    } else if (value instanceof String text) {
      string(out, text);
    } else if (value == null
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof BigDecimal) {
      out.append(value);
    } else {
      // Only the writers put values here; anything else is a bug in the processor, not in the
      // user's code.
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void members(StringBuilder out, Map<String, Object> members, int depth) {
    if (members.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    Iterator<Map.Entry<String, Object>> each = members.entrySet().iterator();
    while (each.hasNext()) {
      Map.Entry<String, Object> member = each.next();
      indent(out, depth + 1);
      string(out, member.getKey());
      out.append(": ");
      value(out, member.getValue(), depth + 1);
      out.append(each.hasNext() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append('}');
  }

  private static void elements(StringBuilder out, List<Object> elements, int depth) {
    if (elements.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < elements.size(); i++) {
      indent(out, depth + 1);
      value(out, elements.get(i), depth + 1);
      out.append(i + 1 < elements.size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append(']');
  }

  private static void indent(StringBuilder out, int depth) {
    for (int i = 0; i < depth; i++) {
      out.append(INDENT);
    }
  }

  private static void string(StringBuilder out, String text) {
    out.append('"');
    if (isPlain(text)) {
      // Most strings need no escape: appended whole, which before the JIT has run costs far less
      // than char by char.
      out.append(text).append('"');
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || isLoneSurrogate(text, i)) {
            out.append("\\u")
                .append(HEX[c >> 12])
                .append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** No character of {@code text} is escaped ({@link #PLAIN}). */
  private static boolean isPlain(String text) {
    return PLAIN.matcher(text).matches();
  }

  /**
   * A surrogate without its partner, which JSON.stringify escapes so that the file stays valid
   * UTF-8.
   */
  private static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c)
        && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }
}
