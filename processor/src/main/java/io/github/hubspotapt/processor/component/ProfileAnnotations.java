package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.ProfileVariable;
import io.github.hubspotapt.processor.read.AnnotationMembers;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Profile} (and its container {@code @Profiles}) with its {@code @Variable}s, read into the
 * model's {@link Profile}s. Not a component: a profile is no file of {@code src/app/} but a variant
 * of the whole project, and it is kept apart from the project that its variables are substituted
 * into.
 */
public final class ProfileAnnotations {

  private static final String NAME = "name";
  private static final String ACCOUNT_ID = "accountId";
  private static final String VARIABLES = "variables";
  private static final String VALUE = "value";
  private static final String TYPE = "type";

  static final AnnotationMembers PROFILE =
      AnnotationMembers.of(AnnotationNames.PACKAGE + ".Profile", NAME, ACCOUNT_ID, VARIABLES);
  static final AnnotationMembers PROFILES =
      AnnotationMembers.of(AnnotationNames.PACKAGE + ".Profiles", VALUE);
  private static final AnnotationMembers VARIABLE =
      AnnotationMembers.of(AnnotationNames.PACKAGE + ".Variable", NAME, VALUE, TYPE);

  private ProfileAnnotations() {}

  static List<AnnotationMembers> reads() {
    return List.of(PROFILE, PROFILES, VARIABLE);
  }

  /** The profiles declared on {@code types}, in the types' order and then as written. */
  public static List<Profile> read(Collection<TypeElement> types, TypeReader reader) {
    List<Profile> profiles = new ArrayList<>();
    for (TypeElement type : types) {
      for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
        String name = MirrorReader.nameOf(mirror);
        if (name.equals(PROFILE.annotation())) {
          profiles.add(profile(reader.read(type, mirror, PROFILE)));
        } else if (name.equals(PROFILES.annotation())) {
          reader
              .read(type, mirror, PROFILES)
              .annotations(VALUE, PROFILE)
              .forEach(p -> profiles.add(profile(p)));
        }
      }
    }
    return profiles;
  }

  private static Profile profile(MirrorReader profile) {
    Located<Long> accountId = profile.longInteger(ACCOUNT_ID);
    Located<String> accountText =
        new Located<>(
            accountId.value() == null ? null : accountId.value().toString(), accountId.origin());
    List<ProfileVariable> variables = new ArrayList<>();
    for (MirrorReader variable : profile.annotations(VARIABLES, VARIABLE)) {
      Located<String> type = variable.enumName(TYPE);
      variables.add(
          new ProfileVariable(variable.string(NAME), kind(type.value()), variable.string(VALUE)));
    }
    return new Profile(
        profile.origin(), profile.string(NAME), accountText, List.copyOf(variables), null, null);
  }

  /**
   * {@code VariableType}'s constant as the kind of JSON value it writes; unreadable: a kind HubSpot
   * refuses.
   */
  private static ProfileVariable.Kind kind(String variableType) {
    if (variableType == null) {
      return ProfileVariable.Kind.OTHER;
    }
    return switch (variableType) {
      case "STRING" -> ProfileVariable.Kind.STRING;
      case "NUMBER" -> ProfileVariable.Kind.NUMBER;
      case "BOOLEAN" -> ProfileVariable.Kind.BOOLEAN;
      default -> ProfileVariable.Kind.OTHER;
    };
  }
}
