package io.github.hubspotapt.processor.endpoints;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.processor.model.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The maps between an enum's constants and their option values that one generated class holds, each
 * written once: {@code OPTIONS_<ENUM>} (option value to constant, for reading HubSpot's strings)
 * and {@code OPTION_VALUES_<ENUM>} (constant to option value, for writing them), as the project
 * declares the options ({@code @Option(value)} or the constant's name). {@code Map.ofEntries}, as
 * {@code Map.of} holds at most ten.
 */
final class OptionMaps {

  private final Map<String, FieldSpec> fields = new LinkedHashMap<>();

  /**
   * {@code OPTIONS_<ENUM>}: option value to constant. A value of two constants is an error
   * (HS-FIELD-OPTION-DUPLICATE), but its severity can be lowered: the map then takes the first, so
   * that {@code Map.ofEntries} cannot fail as the class loads.
   */
  FieldSpec byValue(TypeElement constants, List<Option> options) {
    ClassName enumName = ClassName.get(constants);
    Set<String> values = new HashSet<>();
    List<Option> first = new ArrayList<>();
    for (Option option : options) {
      if (values.add(option.value().value())) {
        first.add(option);
      }
    }
    return field(
        "OPTIONS_",
        enumName,
        ClassName.get(String.class),
        enumName,
        first,
        (option, constant) ->
            CodeBlock.of(
                "$T.entry($S, $T.$N)", Map.class, option.value().value(), enumName, constant));
  }

  /** {@code OPTION_VALUES_<ENUM>}: constant to option value. */
  FieldSpec values(TypeElement constants, List<Option> options) {
    ClassName enumName = ClassName.get(constants);
    return field(
        "OPTION_VALUES_",
        enumName,
        enumName,
        ClassName.get(String.class),
        options,
        (option, constant) ->
            CodeBlock.of(
                "$T.entry($T.$N, $S)", Map.class, enumName, constant, option.value().value()));
  }

  /** Adds every map asked for to the class. */
  void addTo(TypeSpec.Builder spec) {
    fields.values().forEach(spec::addField);
  }

  private interface Entry {
    CodeBlock of(Option option, String constant);
  }

  private FieldSpec field(
      String prefix,
      ClassName enumName,
      TypeName key,
      TypeName value,
      List<Option> options,
      Entry entry) {
    String name = prefix + String.join("_", enumName.simpleNames()).toUpperCase(Locale.ROOT);
    return fields.computeIfAbsent(
        name,
        n ->
            FieldSpec.builder(
                    ParameterizedTypeName.get(ClassName.get(Map.class), key, value),
                    n,
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer(
                    "$T.ofEntries(\n$>$L$<)",
                    Map.class,
                    options.stream()
                        // An option's value is placed on its constant, where @Option does not set
                        // it.
                        .map(
                            option ->
                                entry.of(
                                    option,
                                    option.value().origin().element().getSimpleName().toString()))
                        .collect(CodeBlock.joining(",\n")))
                .build());
  }
}
