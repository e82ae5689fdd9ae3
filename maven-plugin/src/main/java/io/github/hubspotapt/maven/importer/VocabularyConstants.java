package io.github.hubspotapt.maven.importer;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * HubSpot's vocabulary as the annotations jar spells it ({@code Scopes}, {@code CardLocation},
 * ...): the constant for a value, so that the import writes {@code Scopes.CRM_OBJECTS_DEALS_READ}
 * as a user does, and the string for a value the constants do not have. Read from the classes
 * themselves, so the two cannot drift apart.
 */
final class VocabularyConstants {

  private final Map<Class<?>, Map<String, String>> constantsByClass = new HashMap<>();

  /** The name of the constant of {@code vocabulary} whose value is {@code value}. */
  Optional<String> constant(Class<?> vocabulary, String value) {
    return Optional.ofNullable(
        constantsByClass.computeIfAbsent(vocabulary, VocabularyConstants::read).get(value));
  }

  private static Map<String, String> read(Class<?> vocabulary) {
    Map<String, String> constants = new LinkedHashMap<>();
    for (Field field : vocabulary.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          constants.putIfAbsent((String) field.get(null), field.getName());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(
              "a public constant of " + vocabulary + " cannot be read", e);
        }
      }
    }
    return constants;
  }
}
