package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.processor.declaration.OptionConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The options of an enumeration field as a Java enum, one constant per option, with {@code @Option}
 * only where the processor would not derive the same value (the constant's name) and label (the
 * name in words) by itself.
 */
final class OptionEnum {

  /** Which of {@code @Option}'s optional members a component type writes. */
  enum Members {
    /** value and label (app events). */
    VALUE_AND_LABEL,
    /** and description and displayOrder (workflow actions). */
    WITH_ORDER,
    /** and hidden (app objects). */
    WITH_HIDDEN
  }

  private OptionEnum() {}

  static TypeSpec of(ClassName name, List<JsonFields> options, Members members) {
    TypeSpec.Builder type = TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC);
    Set<String> constants = new HashSet<>();
    for (JsonFields option : options) {
      String value = option.nonEmptyString(OptionConfig.VALUE.key());
      String label = option.nonEmptyString(OptionConfig.LABEL.key());
      String constant =
          JavaNames.free(JavaNames.constantName(value == null ? "value" : value), "_", constants);
      Annotation annotation =
          Annotation.of(OptionConfig.ANNOTATION)
              .string(OptionConfig.VALUE.member(), value, constant)
              .string(OptionConfig.LABEL.member(), label, humanize(constant));
      if (members != Members.VALUE_AND_LABEL) {
        annotation
            .optionalString(
                OptionConfig.DESCRIPTION.member(),
                option.nonEmptyString(OptionConfig.DESCRIPTION.key()))
            .optionalInteger(OptionConfig.DISPLAY_ORDER.member(), displayOrder(option));
      }
      if (members == Members.WITH_HIDDEN) {
        annotation.optionalBool(
            OptionConfig.HIDDEN.member(), option.trueOnly(OptionConfig.HIDDEN.key()));
      }
      AnnotationSpec spec = annotation.build();
      TypeSpec.Builder body = TypeSpec.anonymousClassBuilder("");
      if (!spec.members().isEmpty()) {
        type.addEnumConstant(constant, body.addAnnotation(spec).build());
      } else {
        type.addEnumConstant(constant);
      }
    }
    return type.build();
  }

  /**
   * A display order of 0 or more; a negative one, which {@code @Option} takes for unset, is
   * refused.
   */
  private static Integer displayOrder(JsonFields option) {
    Integer order = option.integer(OptionConfig.DISPLAY_ORDER.key());
    if (order != null && order < 0) {
      option.refuse(
          OptionConfig.DISPLAY_ORDER.key(),
          "a negative display order, which @Option(displayOrder) takes for unset: the"
              + " processor leaves the key out");
      return null;
    }
    return order;
  }

  /**
   * What the processor makes of a constant without a label: {@code HIGH_PRIORITY} is "High
   * priority".
   */
  static String humanize(String constant) {
    String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
    return words.isEmpty() ? constant : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
