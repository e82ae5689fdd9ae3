package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Builds one hubspot-apt annotation the way a user writes it: a member only when its value differs
 * from the member's default (or, for a member whose key is written only when it is written out,
 * whenever the file has the key), enum values as constants, a single array element without braces.
 */
final class Annotation {

  /** The annotations' package. */
  static final String PACKAGE = "io.github.hubspotapt";

  private final ClassName type;
  private final AnnotationSpec.Builder spec;

  private Annotation(ClassName type) {
    this.type = type;
    this.spec = AnnotationSpec.builder(type);
  }

  static Annotation of(String simpleName) {
    return new Annotation(type(simpleName));
  }

  static ClassName type(String simpleName) {
    return ClassName.get(PACKAGE, simpleName);
  }

  /** A string member, left out when null or equal to its default. */
  Annotation string(String member, String value, String defaultValue) {
    if (value != null && !value.equals(defaultValue)) {
      spec.addMember(member, literal(value));
    }
    return this;
  }

  /**
   * A string member, left out when null or equal to its default, as the annotation type declares
   * it.
   */
  Annotation optionalString(String member, String value) {
    return string(member, value, (String) defaultOf(member));
  }

  /** A required string member. */
  Annotation string(String member, String value) {
    spec.addMember(member, literal(value == null ? "" : value));
    return this;
  }

  /**
   * A string member of HubSpot's vocabulary: its constant ({@code CardLocation.CRM_RECORD_TAB})
   * when there is one.
   */
  Annotation word(String member, String value, Class<?> constants, VocabularyConstants vocabulary) {
    spec.addMember(member, word(value == null ? "" : value, constants, vocabulary));
    return this;
  }

  /** A string-array member of HubSpot's vocabulary, left out when empty unless {@code required}. */
  Annotation words(
      String member,
      List<String> values,
      boolean required,
      Class<?> constants,
      VocabularyConstants vocabulary) {
    if (!values.isEmpty() || required) {
      spec.addMember(
          member, array(values.stream().map(v -> word(v, constants, vocabulary)).toList()));
    }
    return this;
  }

  private static CodeBlock word(String value, Class<?> constants, VocabularyConstants vocabulary) {
    return vocabulary
        .constant(constants, value)
        .map(constant -> CodeBlock.of("$T.$L", ClassName.get(constants), constant))
        .orElseGet(() -> literal(value));
  }

  /**
   * A string-array member of HubSpot's vocabulary, left out when it holds its default, as the
   * annotation type declares it.
   */
  Annotation optionalWords(
      String member, List<String> values, Class<?> constants, VocabularyConstants vocabulary) {
    if (!values.equals(List.of((String[]) defaultOf(member)))) {
      spec.addMember(
          member, array(values.stream().map(v -> word(v, constants, vocabulary)).toList()));
    }
    return this;
  }

  /** A string-array member, left out when empty unless {@code required}. */
  Annotation strings(String member, List<String> values, boolean required) {
    if (values.isEmpty() && !required) {
      return this;
    }
    spec.addMember(member, array(values.stream().map(Annotation::literal).toList()));
    return this;
  }

  /**
   * A required string member holding text of several lines (JSON), as a text block: each line as it
   * is, the closing quotes on the last line so the value does not end with a line break.
   */
  Annotation textBlock(String member, String text) {
    String escaped = separatorsEscaped(text.replace("\\", "\\\\").replace("\"\"\"", "\"\"\\\""));
    spec.addMember(member, "$L", "\"\"\"\n" + escaped + "\"\"\"");
    return this;
  }

  private static final char LINE_SEPARATOR = 0x2028;
  private static final char PARAGRAPH_SEPARATOR = 0x2029;

  /**
   * {@code value} as a Java string literal. JavaPoet breaks the code it writes into lines at every
   * line break a regular expression knows, U+2028 and U+2029 among them, which Java does not end a
   * line with: inside a literal such a break would leave it unclosed, so those two are written as
   * Unicode escapes, which javac reads back as the same characters.
   */
  private static CodeBlock literal(String value) {
    if (value.indexOf(LINE_SEPARATOR) < 0 && value.indexOf(PARAGRAPH_SEPARATOR) < 0) {
      return CodeBlock.of("$S", value);
    }
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default ->
            quoted.append(
                c < 0x20 || c == 0x7f || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR
                    ? String.format(Locale.ROOT, "\\u%04x", (int) c)
                    : String.valueOf(c));
      }
    }
    return CodeBlock.of("$L", quoted.append('"'));
  }

  /** {@code code} with U+2028 and U+2029 as Unicode escapes (see {@link #literal}). */
  private static String separatorsEscaped(String code) {
    return code.replace(String.valueOf(LINE_SEPARATOR), "\\u2028")
        .replace(String.valueOf(PARAGRAPH_SEPARATOR), "\\u2029");
  }

  Annotation bool(String member, Boolean value, boolean defaultValue) {
    if (value != null && value != defaultValue) {
      spec.addMember(member, "$L", value);
    }
    return this;
  }

  /** A boolean member, left out when null or equal to the annotation type's default. */
  Annotation optionalBool(String member, Boolean value) {
    return bool(member, value, (Boolean) defaultOf(member));
  }

  /**
   * A boolean member the processor writes only when the source writes it out, default value
   * included: written whenever the file has the key, so that the key comes back.
   */
  Annotation boolAsGiven(String member, Boolean value) {
    if (value != null) {
      spec.addMember(member, "$L", value);
    }
    return this;
  }

  Annotation integer(String member, Integer value, int defaultValue) {
    if (value != null && value != defaultValue) {
      spec.addMember(member, "$L", value);
    }
    return this;
  }

  /** An int member, left out when null or equal to the annotation type's default. */
  Annotation optionalInteger(String member, Integer value) {
    return integer(member, value, (Integer) defaultOf(member));
  }

  /** A required long member, with the {@code L} a literal beyond int's range needs. */
  Annotation longInteger(String member, long value) {
    boolean isInt = value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    spec.addMember(member, "$L", isInt ? Long.toString(value) : value + "L");
    return this;
  }

  /** An enum member, {@code type.CONSTANT}. */
  Annotation constant(String member, String enumType, String constant) {
    spec.addMember(member, "$T.$L", type(enumType), constant);
    return this;
  }

  /** An enum-array member. */
  Annotation constants(String member, String enumType, List<String> constants) {
    spec.addMember(
        member,
        array(constants.stream().map(c -> CodeBlock.of("$T.$L", type(enumType), c)).toList()));
    return this;
  }

  /** An enum-array member, left out when it holds the annotation type's default. */
  Annotation optionalConstants(String member, String enumType, List<String> constants) {
    List<String> defaults = Arrays.stream((Enum<?>[]) defaultOf(member)).map(Enum::name).toList();
    return constants.equals(defaults) ? this : constants(member, enumType, constants);
  }

  /** A class member, {@code Type.class}. */
  Annotation type(String member, ClassName value) {
    spec.addMember(member, "$T.class", value);
    return this;
  }

  /**
   * A nested-annotation member (one or many), left out when there are none; added value by value,
   * so that JavaPoet writes several one to a line.
   */
  Annotation annotations(String member, List<AnnotationSpec> values) {
    values.forEach(value -> spec.addMember(member, "$L", value));
    return this;
  }

  /** The default of {@code member}, read from the annotation type in the annotations jar. */
  private Object defaultOf(String member) {
    return AnnotationsJar.defaultOf(type.simpleName(), member);
  }

  AnnotationSpec build() {
    return spec.build();
  }

  private static CodeBlock array(List<CodeBlock> elements) {
    return elements.size() == 1
        ? elements.get(0)
        : CodeBlock.of("{$L}", CodeBlock.join(elements, ", "));
  }
}
