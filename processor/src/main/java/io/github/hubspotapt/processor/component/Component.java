package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.declaration.AnnotationDeclaration;
import io.github.hubspotapt.processor.declaration.ComponentDeclaration;
import io.github.hubspotapt.processor.declaration.ConfigKey;
import io.github.hubspotapt.processor.model.ComponentFile;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.Permissions;
import io.github.hubspotapt.processor.read.AnnotationMembers;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.RuleGroup;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * One HubSpot component type in one place: the annotation that declares it and the members read
 * from it, how it is read into its model record, how its file's {@code config} is written, and
 * which rules check it. The model names the type ({@link ComponentType}: HubSpot's {@code type}
 * value, folder and cardinality), so that rules and writers need no component; {@link Components}
 * holds one of each.
 *
 * @param <F> the model record of the type
 */
abstract class Component<F extends Feature> {

  /** The member every component annotation has. */
  static final String UID = ComponentDeclaration.UID;

  /**
   * The file's name, when the team chose one: a member of every component annotation, read here for
   * all.
   */
  static final String FILE_NAME = ComponentDeclaration.FILE_NAME;

  /** The component's own scopes, a member of every component annotation, read here for all. */
  static final String PERMISSIONS = ComponentDeclaration.PERMISSIONS;

  private static final String REQUIRED_SCOPES = "requiredScopes";
  private static final String OPTIONAL_SCOPES = "optionalScopes";
  private static final String CONDITIONALLY_REQUIRED_SCOPES = "conditionallyRequiredScopes";

  /** {@code @Permissions}, nested in every component annotation. */
  static final AnnotationMembers PERMISSIONS_MEMBERS =
      AnnotationMembers.of(
          AnnotationNames.PACKAGE + ".Permissions",
          REQUIRED_SCOPES,
          OPTIONAL_SCOPES,
          CONDITIONALLY_REQUIRED_SCOPES);

  private final List<ComponentType> types;
  private final AnnotationMembers annotation;

  Component(ComponentType type, AnnotationMembers annotation) {
    this(List.of(type), annotation);
  }

  /** A component whose annotation's own members are all config keys of its declaration. */
  Component(ComponentDeclaration declaration) {
    this(declaration.type(), members(declaration));
  }

  /**
   * A component whose annotation declares several types, chosen by a member ({@link
   * ExperimentalFeatureComponent}).
   */
  Component(List<ComponentType> types, AnnotationMembers annotation) {
    this.types = List.copyOf(types);
    this.annotation = annotation;
  }

  /**
   * The members of the component annotation {@code io.github.hubspotapt.<simpleName>}: those every
   * component annotation has ({@code uid}, {@code fileName}, {@code permissions}), then {@code
   * own}. A component type declared with it gets the shared members read by {@link #file}.
   */
  static AnnotationMembers members(String simpleName, String... own) {
    String[] all = new String[own.length + 3];
    all[0] = UID;
    all[1] = FILE_NAME;
    all[2] = PERMISSIONS;
    System.arraycopy(own, 0, all, 3, own.length);
    return AnnotationMembers.of(AnnotationNames.PACKAGE + "." + simpleName, all);
  }

  /**
   * The members of {@code declaration}'s annotation: those every component annotation has, its
   * config keys' members, then {@code more} (members read for something else than a key).
   */
  static AnnotationMembers members(ComponentDeclaration declaration, String... more) {
    List<String> own = new ArrayList<>();
    for (ConfigKey key : declaration.keys()) {
      own.add(key.member());
    }
    own.addAll(List.of(more));
    return members(declaration.annotation(), own.toArray(new String[0]));
  }

  /** The members of an annotation nested in a component's. */
  static AnnotationMembers members(AnnotationDeclaration nested) {
    List<String> members = new ArrayList<>();
    for (ConfigKey key : nested.keys()) {
      members.add(key.member());
    }
    return AnnotationMembers.of(nested.qualifiedName(), members.toArray(new String[0]));
  }

  /**
   * The shared members of a component annotation declared with {@link #members}: its file name and
   * permissions. Only the scope lists the source writes out are read; the others are empty, as
   * their defaults are. javac may still hold the defaults of an annotation type it read from a
   * class file as unfinished placeholders while processors run ({@code @Permissions} is often only
   * named by a component annotation's default), and those cannot be read.
   */
  static ComponentFile file(MirrorReader annotation) {
    Origin at = annotation.origin(PERMISSIONS);
    MirrorReader permissions =
        annotation.isWritten(PERMISSIONS)
            ? annotation.annotation(PERMISSIONS, PERMISSIONS_MEMBERS)
            : null;
    Permissions read =
        permissions == null
            ? new Permissions(at, List.of(), List.of(), List.of())
            : new Permissions(
                at,
                scopes(permissions, REQUIRED_SCOPES),
                scopes(permissions, OPTIONAL_SCOPES),
                scopes(permissions, CONDITIONALLY_REQUIRED_SCOPES));
    return new ComponentFile(annotation.string(FILE_NAME), read);
  }

  private static List<Located<String>> scopes(MirrorReader permissions, String list) {
    return permissions.isWritten(list) ? permissions.strings(list) : List.of();
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
   * Every annotation type this component reads, its own first, then those nested in it, those
   * beside it on the same type and those on the fields of its types.
   */
  List<AnnotationMembers> reads() {
    return List.of(annotation);
  }

  /**
   * The top-level annotations besides its own that belong to this component: read with it, never on
   * their own.
   */
  List<String> companions() {
    return List.of();
  }

  /**
   * The component that {@code annotation}, the component's own annotation, declares on {@code
   * type}; {@code reader} reads whatever else the component is made of (its type's fields,
   * annotations beside it).
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
}
