package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.processor.declaration.AnnotationDeclaration;
import io.github.hubspotapt.processor.declaration.AnnotationKeys;
import io.github.hubspotapt.processor.declaration.ComponentDeclaration;
import io.github.hubspotapt.processor.declaration.ConfigKey;
import io.github.hubspotapt.processor.declaration.Omission;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A component annotation written back from its file by the processor's {@link
 * ComponentDeclaration}: each {@link ConfigKey} read from {@code config} as the processor writes
 * it, and its member added unless it holds the member's default. The defaults and enum types are
 * those of the annotation type itself, read from the annotations jar on the plugin's class path
 * (the methods of an annotation interface keep their defaults whatever its retention), so that none
 * is written here again.
 */
final class DeclaredMembers {

  private final AnnotationKeys declaration;
  private final Class<?> type;
  private final JsonFields config;
  private final VocabularyConstants vocabulary;
  private final Annotation annotation;

  private DeclaredMembers(
      AnnotationKeys declaration,
      JsonFields config,
      VocabularyConstants vocabulary,
      Annotation annotation) {
    this(
        declaration, AnnotationsJar.type(declaration.annotation()), config, vocabulary, annotation);
  }

  private DeclaredMembers(
      AnnotationKeys declaration,
      Class<?> type,
      JsonFields config,
      VocabularyConstants vocabulary,
      Annotation annotation) {
    this.declaration = declaration;
    this.type = type;
    this.config = config;
    this.vocabulary = vocabulary;
    this.annotation = annotation;
  }

  /** The annotation of {@code file}'s component, with the members every component has. */
  static DeclaredMembers of(
      ComponentDeclaration declaration, ComponentJsonFile file, ImportContext context) {
    Class<?> type = AnnotationsJar.type(declaration.annotation());
    String uidDefault =
        (String) method(declaration, type, ComponentDeclaration.UID).getDefaultValue();
    return new DeclaredMembers(
        declaration,
        type,
        file.config(),
        context.vocabulary(),
        ComponentAnnotation.of(declaration.annotation(), file, uidDefault, context.vocabulary()));
  }

  /**
   * The same annotation, its next members read from {@code object}: for members the processor
   * writes in an object of their own ({@code settings}) rather than in {@code config}.
   */
  DeclaredMembers in(JsonFields object) {
    return new DeclaredMembers(declaration, type, object, vocabulary, annotation);
  }

  /**
   * The annotation of {@code declaration}, its members added to {@code annotation} (begun by the
   * caller with the members that are not config keys) from {@code fields}.
   */
  static DeclaredMembers of(
      AnnotationDeclaration declaration,
      JsonFields fields,
      VocabularyConstants vocabulary,
      Annotation annotation) {
    return new DeclaredMembers(declaration, fields, vocabulary, annotation);
  }

  /** The nested annotation of {@code nested}, written back from {@code fields}, its object. */
  static DeclaredMembers nested(
      AnnotationDeclaration nested, JsonFields fields, VocabularyConstants vocabulary) {
    return new DeclaredMembers(nested, fields, vocabulary, Annotation.of(nested.annotation()));
  }

  /** Adds every key of the declaration, in its order. */
  DeclaredMembers all() {
    declaration.keys().forEach(this::add);
    return this;
  }

  /**
   * Adds the declaration's keys from its first through {@code last}, in order: those written before
   * a part that is code.
   */
  DeclaredMembers through(ConfigKey last) {
    List<ConfigKey> keys = declaration.keys();
    keys.subList(0, keys.indexOf(last) + 1).forEach(this::add);
    return this;
  }

  /** Adds the member of {@code key}, read from the config. */
  DeclaredMembers add(ConfigKey key) {
    Method member = member(key);
    Object defaultValue = member.getDefaultValue();
    String json = key.key();
    boolean unset = key.omission() == Omission.WHEN_UNSET;
    switch (key.kind()) {
      case STRING ->
          string(key, unset ? config.nonEmptyString(json) : config.string(json), defaultValue);
      case STRINGS ->
          strings(key, unset ? config.nonEmptyStrings(json) : config.strings(json), defaultValue);
      case ENUM -> constant(key, member.getReturnType(), defaultValue);
      case ENUMS -> constants(key, member.getReturnType().getComponentType(), defaultValue);
      case BOOLEAN ->
          bool(key, unset ? config.trueOnly(json) : config.bool(json), (Boolean) defaultValue);
      case INTEGER ->
          annotation.integer(key.member(), config.integer(json), (Integer) defaultValue);
      case NESTED -> nested(key);
      case NESTED_LIST -> nestedList(key);
    }
    return this;
  }

  Annotation annotation() {
    return annotation;
  }

  /** The default value of {@code key}'s member, as the annotation type declares it. */
  Object defaultOf(ConfigKey key) {
    return member(key).getDefaultValue();
  }

  /**
   * A nested annotation, left out with its object, and when all its members are defaults, as a user
   * would; an object the processor writes only when it has members is refused when empty.
   */
  private void nested(ConfigKey key) {
    (key.omission() == Omission.WHEN_UNSET
            ? config.nonEmptyObject(key.key())
            : config.object(key.key()))
        .map(fields -> nested(key.nested(), fields, vocabulary).all().annotation().build())
        .filter(spec -> !spec.members().isEmpty())
        .ifPresent(spec -> annotation.annotations(key.member(), List.of(spec)));
  }

  /** An array of nested annotations, each written back from its object. */
  private void nestedList(ConfigKey key) {
    List<JsonFields> objects =
        key.omission() == Omission.WHEN_UNSET
            ? config.nonEmptyObjects(key.key())
            : config.objects(key.key());
    annotation.annotations(
        key.member(),
        objects.stream()
            .map(fields -> nested(key.nested(), fields, vocabulary).all().annotation().build())
            .toList());
  }

  private void string(ConfigKey key, String value, Object defaultValue) {
    if (key.vocabulary() != null) {
      if (defaultValue == null || (value != null && !value.equals(defaultValue))) {
        annotation.word(key.member(), value, AnnotationsJar.type(key.vocabulary()), vocabulary);
      }
    } else if (defaultValue == null) {
      annotation.string(key.member(), value);
    } else {
      annotation.string(key.member(), value, (String) defaultValue);
    }
  }

  private void strings(ConfigKey key, List<String> values, Object defaultValue) {
    boolean required = defaultValue == null;
    if (key.vocabulary() == null) {
      annotation.strings(key.member(), values, required);
    } else {
      annotation.words(
          key.member(), values, required, AnnotationsJar.type(key.vocabulary()), vocabulary);
    }
  }

  private void constant(ConfigKey key, Class<?> enumType, Object defaultValue) {
    if (defaultValue == null) {
      config.require(key.key(), "@" + declaration.annotation() + "(" + key.member() + ")");
    }
    EnumValue.read(config, key.key(), config.string(key.key()), enumType)
        .filter(
            constant -> defaultValue == null || !constant.equals(((Enum<?>) defaultValue).name()))
        .ifPresent(
            constant -> annotation.constant(key.member(), enumType.getSimpleName(), constant));
  }

  private void constants(ConfigKey key, Class<?> enumType, Object defaultValue) {
    List<String> constants = new ArrayList<>();
    for (String value : config.strings(key.key())) {
      EnumValue.read(config, key.key(), value, enumType).ifPresent(constants::add);
    }
    boolean isDefault =
        defaultValue != null
            && Arrays.stream((Enum<?>[]) defaultValue).map(Enum::name).toList().equals(constants);
    if (!isDefault) {
      annotation.constants(key.member(), enumType.getSimpleName(), constants);
    }
  }

  private void bool(ConfigKey key, Boolean value, Boolean defaultValue) {
    if (key.omission() == Omission.UNLESS_WRITTEN) {
      annotation.boolAsGiven(key.member(), value);
    } else {
      annotation.bool(key.member(), value, defaultValue != null && defaultValue);
    }
  }

  private Method member(ConfigKey key) {
    return method(declaration, type, key.member());
  }

  private static Method method(AnnotationKeys declaration, Class<?> type, String member) {
    try {
      return type.getMethod(member);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(
          declaration.qualifiedName() + " has no member " + member + ", which it declares", e);
    }
  }
}
