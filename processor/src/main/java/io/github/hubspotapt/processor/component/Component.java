package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.read.AnnotationMembers;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.RuleGroup;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.JsonObject;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * One HubSpot component type in one place: the annotation that declares it and the members read from it, how it is
 * read into its model record, how its file's {@code config} is written, and which rules check it. The model names the
 * type ({@link ComponentType}: HubSpot's {@code type} value, folder and cardinality), so that rules and writers need
 * no component; {@link Components} holds one of each.
 *
 * @param <F> the model record of the type
 */
abstract class Component<F extends Feature> {

  /** The member every component annotation has. */
  static final String UID = "uid";
  /** The front-end file that cards, settings, pages, functions and bulk actions run. */
  static final String ENTRYPOINT = "entrypoint";

  private final List<ComponentType> types;
  private final AnnotationMembers annotation;

  Component(ComponentType type, AnnotationMembers annotation) {
    this(List.of(type), annotation);
  }

  /** A component whose annotation declares several types, chosen by a member ({@link ExperimentalFeatureComponent}). */
  Component(List<ComponentType> types, AnnotationMembers annotation) {
    this.types = List.copyOf(types);
    this.annotation = annotation;
  }

  /** The types this component reads and writes, in {@link ComponentType}'s order; most have one. */
  final List<ComponentType> types() {
    return types;
  }

  /** The qualified name of the annotation that declares the component. */
  final String annotation() {
    return annotation.annotation();
  }

  /** The members of the component's own annotation. */
  final AnnotationMembers members() {
    return annotation;
  }

  /**
   * Every annotation type this component reads, its own first, then those nested in it, those beside it on the same
   * type and those on the fields of its types.
   */
  List<AnnotationMembers> reads() {
    return List.of(annotation);
  }

  /** The top-level annotations besides its own that belong to this component: read with it, never on their own. */
  List<String> companions() {
    return List.of();
  }

  /**
   * The component that {@code annotation}, the component's own annotation, declares on {@code type}; {@code reader}
   * reads whatever else the component is made of (its type's fields, annotations beside it).
   */
  abstract F read(MirrorReader annotation, TypeElement type, TypeReader reader);

  /** The {@code config} of the feature's file; {@code feature} is of this component's type. */
  final JsonObject config(Feature feature, ConfigContext context) {
    if (!types.contains(feature.type())) {
      throw new IllegalArgumentException(feature.type() + " written as " + types);
    }
    // Checked above; a cast to the record class would load every model class, used or not.
    @SuppressWarnings("unchecked")
    F own = (F) feature;
    return write(own, context);
  }

  abstract JsonObject write(F feature, ConfigContext context);

  /** The rule groups that check this type, besides those that check every component. */
  abstract Set<RuleGroup> rules();

  /** Whether the project declares this type; {@code types} are those of its features. */
  boolean declaredIn(Set<ComponentType> types, HubSpotProject project) {
    return this.types.stream().anyMatch(types::contains);
  }
}
