package io.github.hubspotapt.processor.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Did you mean": the nearest allowed value, a swap of two adjacent letters counting as one edit.
 */
class SuggestionsTest {

  @Test
  void twoSwappedLettersAreOneEdit() {
    assertEquals(1, Suggestions.distance("dael", "deal"));
    assertEquals(2, Suggestions.distance("dael", "call"));
    assertEquals("deal", Suggestions.nearest("dael", List.of("call", "contact", "deal")));
  }

  @Test
  void insertionsDeletionsAndSubstitutionsCountAsBefore() {
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
    assertEquals(0, Suggestions.distance("deal", "deal"));
    assertEquals(4, Suggestions.distance("", "deal"));
    assertNull(Suggestions.nearest("invoice", List.of("contact", "ticket")));
  }
}
