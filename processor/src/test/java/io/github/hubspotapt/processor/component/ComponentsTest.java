package io.github.hubspotapt.processor.component;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.rules.RuleGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every annotation a user can write on a type or method is the app's or belongs to exactly one
 * component: an annotation added to the annotations jar without its component would otherwise be
 * silently never processed.
 */
class ComponentsTest {

  @Test
  void everyTopLevelAnnotationBelongsToTheAppOrToExactlyOneComponent() throws Exception {
    TreeMap<String, List<String>> owners = new TreeMap<>();
    for (Class<?> annotation : AnnotationTypes.all()) {
      if (AnnotationTypes.isTopLevel(annotation)
          && !Components.APP_LEVEL.contains(annotation.getName())) {
        owners.put(annotation.getName(), new ArrayList<>());
      }
    }
    for (Component<?> component : Components.all()) {
      List<String> claimed = new ArrayList<>(List.of(component.annotation()));
      claimed.addAll(component.companions());
      for (String annotation : claimed) {
        owners
            .computeIfAbsent(annotation, name -> new ArrayList<>())
            .add(component.getClass().getSimpleName());
      }
    }

    List<String> wrong = new ArrayList<>();
    owners.forEach(
        (annotation, components) -> {
          if (components.size() != 1) {
            wrong.add(
                annotation + " belongs to " + (components.isEmpty() ? "no component" : components));
          }
        });
    assertEquals(
        List.of(), wrong, "give each a Component in Components, or name it a companion of one");
  }

  @Test
  void componentsClaimOnlyTopLevelAnnotationsOfTheJar() throws Exception {
    Set<String> topLevel = new TreeSet<>();
    for (Class<?> annotation : AnnotationTypes.all()) {
      if (AnnotationTypes.isTopLevel(annotation)) {
        topLevel.add(annotation.getName());
      }
    }

    Set<String> unknown = new TreeSet<>(Components.SUPPORTED);
    unknown.removeAll(topLevel);
    assertEquals(
        Set.of(), unknown, "supported annotations that are not top-level annotations of the jar");
    assertEquals(topLevel, new TreeSet<>(Components.SUPPORTED));
  }

  @Test
  void memberAnnotationsAreThoseOnFields() throws Exception {
    Set<String> onMembers = new TreeSet<>();
    for (Class<?> annotation : AnnotationTypes.all()) {
      if (AnnotationTypes.isOnMembers(annotation)) {
        onMembers.add(annotation.getName());
      }
    }

    assertEquals(onMembers, new TreeSet<>(AnnotationNames.MEMBERS));
  }

  /**
   * Features are sorted by type, so the registry is in the types' order; each type is named as its
   * annotation (with the member that picks the type, for a component of several types).
   */
  @Test
  void oneComponentPerTypeInTheTypesOrder() {
    List<ComponentType> types = Components.all().stream().flatMap(c -> c.types().stream()).toList();
    assertEquals(Arrays.asList(ComponentType.values()), types);

    Set<String> mismatched = new HashSet<>();
    for (ComponentType type : ComponentType.values()) {
      Component<?> component = Components.of(type);
      String simpleName =
          component.annotation().substring(component.annotation().lastIndexOf('.') + 1);
      boolean named =
          component.types().size() == 1
              ? type.annotation().equals("@" + simpleName)
              : type.annotation().startsWith("@" + simpleName + "(");
      if (!named) {
        mismatched.add(
            type + " is " + type.annotation() + " but read from " + component.annotation());
      }
    }
    assertEquals(Set.of(), mismatched);
  }

  /**
   * Where only the features of some types changed, the rule groups created without the other types'
   * components are, of those the change reaches, all that the whole project's types have: for every
   * changed type, with the project declaring every type, that type alone, or it and one other. It
   * fails for a component that lists a group not reading its type.
   */
  @Test
  void aChangeReachesTheSameGroupsWithoutTheOtherTypesComponents() {
    List<String> wrong = new ArrayList<>();
    for (ComponentType changed : ComponentType.values()) {
      List<Set<ComponentType>> projects = new ArrayList<>();
      projects.add(EnumSet.allOf(ComponentType.class));
      for (ComponentType other : ComponentType.values()) {
        projects.add(EnumSet.of(changed, other));
      }
      for (Set<ComponentType> declared : projects) {
        Set<ComponentType> changedTypes = EnumSet.of(changed);
        Set<RuleGroup> all = reached(Components.rules(declared), changedTypes);
        Set<RuleGroup> created = reached(Components.rules(declared, changedTypes), changedTypes);
        if (!all.equals(created)) {
          wrong.add(changed + " in " + declared + ": " + created + " instead of " + all);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static Set<RuleGroup> reached(Set<RuleGroup> groups, Set<ComponentType> changed) {
    Set<RuleGroup> reached = EnumSet.noneOf(RuleGroup.class);
    for (RuleGroup group : groups) {
      if (group.reachedBy(changed)) {
        reached.add(group);
      }
    }
    return reached;
  }
}
