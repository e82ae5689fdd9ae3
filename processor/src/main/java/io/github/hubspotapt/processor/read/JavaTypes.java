package io.github.hubspotapt.processor.read;

import io.github.hubspotapt.processor.declaration.FieldType;
import io.github.hubspotapt.processor.declaration.OptionConfig;
import io.github.hubspotapt.processor.model.FieldShape;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Option;
import io.github.hubspotapt.processor.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The Java type of a field decides its HubSpot field type, so the two cannot drift apart: String is
 * {@code string}, boolean {@code bool}, numbers {@code number}, LocalDate {@code date}, other
 * date-times {@code datetime}, an enum an {@code enumeration} with one option per constant, and a
 * collection of an enum a multi-select enumeration. The table is {@link FieldType}'s, which the
 * import reads the other way.
 */
public final class JavaTypes {

  private static final String VALUE = OptionConfig.VALUE.member();
  private static final String LABEL = OptionConfig.LABEL.member();
  private static final String DESCRIPTION = OptionConfig.DESCRIPTION.member();
  private static final String DISPLAY_ORDER = OptionConfig.DISPLAY_ORDER.member();
  private static final String HIDDEN = OptionConfig.HIDDEN.member();

  /** {@code @Option} on an enum constant, read wherever an enum is a field's type. */
  public static final AnnotationMembers OPTION =
      AnnotationMembers.of(
          AnnotationNames.OPTION, VALUE, LABEL, DESCRIPTION, DISPLAY_ORDER, HIDDEN);

  private final Elements elements;
  private final Types types;
  private final ReadLog log;

  /** The options of each enum type read so far: many fields of a project share one enum. */
  private final Map<TypeElement, List<Option>> optionsByEnum = new HashMap<>();

  JavaTypes(Elements elements, Types types, ReadLog log) {
    this.elements = elements;
    this.types = types;
    this.log = log;
  }

  FieldShape shape(TypeMirror type) {
    String javaType = type.toString();
    if (type.getKind() == TypeKind.BOOLEAN) {
      return shape(javaType, FieldType.BOOL);
    }
    if (type.getKind().isPrimitive()) {
      return type.getKind() == TypeKind.CHAR
          ? unsupported(javaType)
          : shape(javaType, FieldType.NUMBER);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return unsupported(javaType);
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    FieldType known = FieldType.ofJavaType(element.getQualifiedName().toString()).orElse(null);
    if (known == null) {
      // An enum's options, a collection's element type, or a class that may become one of them.
      log.dependsOn(element.getQualifiedName().toString(), element);
    }
    if (element.getKind() == ElementKind.ENUM) {
      return new FieldShape(
          javaType,
          FieldType.ENUMERATION.json(),
          FieldType.ENUMERATION.control(),
          options(element));
    }
    if (known != null) {
      return shape(javaType, known);
    }
    TypeElement collection = elements.getTypeElement("java.util.Collection");
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    if (collection != null
        && arguments.size() == 1
        && types.isAssignable(types.erasure(type), types.erasure(collection.asType()))
        && arguments.get(0).getKind() == TypeKind.DECLARED
        && ((DeclaredType) arguments.get(0)).asElement().getKind() == ElementKind.ENUM) {
      TypeElement enumType = (TypeElement) ((DeclaredType) arguments.get(0)).asElement();
      log.dependsOn(enumType.getQualifiedName().toString(), enumType);
      return new FieldShape(
          javaType, FieldType.ENUMERATION.json(), FieldType.MULTIPLE_CONTROL, options(enumType));
    }
    return unsupported(javaType);
  }

  private static FieldShape shape(String javaType, FieldType type) {
    return new FieldShape(javaType, type.json(), type.control(), List.of());
  }

  private static FieldShape unsupported(String javaType) {
    return new FieldShape(javaType, null, null, List.of());
  }

  /**
   * One option per enum constant. Without {@code @Option} (or with its members empty) the value is
   * the constant's name, which a default Jackson ObjectMapper reads back into the constant, and the
   * label the name in words.
   */
  private List<Option> options(TypeElement enumType) {
    return optionsByEnum.computeIfAbsent(enumType, this::readOptions);
  }

  private List<Option> readOptions(TypeElement enumType) {
    List<Option> options = new ArrayList<>();
    for (Element constant : enumType.getEnclosedElements()) {
      if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String name = constant.getSimpleName().toString();
      MirrorReader option = MirrorReader.find(constant, OPTION, elements, log);
      if (option == null) {
        Origin at = Origin.of(constant);
        options.add(
            new Option(
                new Located<>(name, at),
                new Located<>(humanize(name), at),
                new Located<>("", at),
                new Located<>(-1, at),
                new Located<>(false, at)));
        continue;
      }
      Located<String> value = option.string(VALUE);
      Located<String> label = option.string(LABEL);
      Located<String> description = option.string(DESCRIPTION);
      Located<Integer> order = option.integer(DISPLAY_ORDER);
      Located<Boolean> hidden = option.bool(HIDDEN);
      options.add(
          new Option(
              orElse(value, name),
              orElse(label, humanize(name)),
              new Located<>(
                  description.value() == null ? "" : description.value(), description.origin()),
              new Located<>(order.value() == null ? -1 : order.value(), order.origin()),
              new Located<>(Boolean.TRUE.equals(hidden.value()), hidden.origin())));
    }
    return List.copyOf(options);
  }

  /** {@code member} as written, or {@code fallback} where it is empty, at the member's place. */
  private static Located<String> orElse(Located<String> member, String fallback) {
    return member.value() == null || member.value().isEmpty()
        ? new Located<>(fallback, member.origin())
        : member;
  }

  /** {@code HIGH_PRIORITY} becomes "High priority". */
  static String humanize(String constant) {
    String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
    return words.isEmpty() ? constant : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
