package io.github.hubspotapt.processor.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The constants of the annotations jar and the lists the rules check against are one vocabulary: a
 * value in one and not in the other fails here, named, and so does a constant whose name is not the
 * one near-miss messages print.
 */
class VocabularyConstantsTest {

  @ParameterizedTest
  @EnumSource(Vocabulary.class)
  void constantsHoldExactlyTheValuesTheRulesCheckAgainst(Vocabulary vocabulary)
      throws ReflectiveOperationException {
    Map<String, String> constants = constants(Class.forName(vocabulary.constantsClass()));

    assertEquals(
        "", differences(vocabulary.allowed(), constants.values()), vocabulary.constantsClass());
  }

  @ParameterizedTest
  @EnumSource(Vocabulary.class)
  void eachConstantIsNamedAsMessagesNameIt(Vocabulary vocabulary)
      throws ReflectiveOperationException {
    Map<String, String> constants = constants(Class.forName(vocabulary.constantsClass()));

    List<String> misnamed = new ArrayList<>();
    constants.forEach(
        (name, value) -> {
          if (!name.equals(vocabulary.constantName(value))) {
            misnamed.add(
                name + " = \"" + value + "\" (expected " + vocabulary.constantName(value) + ")");
          }
        });
    assertEquals(List.of(), misnamed, vocabulary.constantsClass());
  }

  @ParameterizedTest
  @EnumSource(Vocabulary.class)
  void constantsClassIsFinalWithOnlyAPrivateConstructor(Vocabulary vocabulary)
      throws ReflectiveOperationException {
    Class<?> type = Class.forName(vocabulary.constantsClass());

    assertTrue(Modifier.isFinal(type.getModifiers()), type + " is not final");
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      assertTrue(Modifier.isPrivate(constructor.getModifiers()), constructor + " is not private");
    }
  }

  /**
   * The comparison the tests above rely on names what is missing from the constants and what is
   * extra.
   */
  @Test
  void differencesNameMissingAndExtraValues() {
    assertEquals(
        "missing constants for: [crm.preview]; constants the rules do not know: [crm.record.tabs]",
        differences(
            Set.of("crm.record.tab", "crm.preview"), List.of("crm.record.tab", "crm.record.tabs")));
    assertEquals("", differences(Set.of("crm.record.tab"), List.of("crm.record.tab")));
  }

  @Test
  void namesFollowHubSpotsSpellingWordByWord() {
    assertEquals(
        "CRM_OBJECTS_PARTNER_CLIENTS_READ",
        Vocabulary.SCOPES.constantName("crm.objects.partner-clients.read"));
    assertEquals(
        "BUSINESS_UNITS_VIEW_READ", Vocabulary.SCOPES.constantName("business_units_view.read"));
    assertEquals(
        "BUSINESS_UNITS_DOT_VIEW_READ", Vocabulary.SCOPES.constantName("business_units.view.read"));
    assertEquals(
        "FILLED_X_CIRCLE_ICON", Vocabulary.BULK_ACTION_ICON.constantName("filledXCircleIcon"));
    assertEquals("HUB_DB", Vocabulary.BULK_ACTION_ICON.constantName("hubDB"));
    assertEquals("OFFICE365", Vocabulary.BULK_ACTION_ICON.constantName("office365"));
    assertEquals(
        "CONVERSATION_NEW_MESSAGE",
        Vocabulary.WEBHOOK_SUBSCRIPTION_TYPE.constantName("conversation.newMessage"));
    assertEquals("CRM_LEGACY_CARD", Vocabulary.TELEMETRY_LOG_TYPE.constantName("CRM_LEGACY_CARD"));
    assertEquals(
        "CardLocation.CRM_RECORD_TAB", Vocabulary.CARD_LOCATION.constant("crm.record.tab"));
  }

  private static String differences(Set<String> ruleValues, Collection<String> constantValues) {
    Set<String> missing = new TreeSet<>(ruleValues);
    missing.removeAll(constantValues);
    Set<String> extra = new TreeSet<>(constantValues);
    extra.removeAll(ruleValues);
    List<String> problems = new ArrayList<>();
    if (!missing.isEmpty()) {
      problems.add("missing constants for: " + missing);
    }
    if (!extra.isEmpty()) {
      problems.add("constants the rules do not know: " + extra);
    }
    return String.join("; ", problems);
  }

  /** Every {@code public static final String} of the class, by name. */
  private static Map<String, String> constants(Class<?> type) throws IllegalAccessException {
    Map<String, String> constants = new TreeMap<>();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers)
          && Modifier.isStatic(modifiers)
          && Modifier.isFinal(modifiers)
          && field.getType() == String.class) {
        constants.put(field.getName(), (String) field.get(null));
      }
    }
    return constants;
  }
}
