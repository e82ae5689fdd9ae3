package io.github.hubspotapt.processor.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The names {@link ProjectLayout#isSafe} lets the processor write. */
class ProjectLayoutTest {

  /** What the loop replaced: letters, marks and decimal digits of every script, and _-.@+~. */
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_\\-.@+~]+");

  @Test
  void safePathsAreNamesOfLettersDigitsAndAFewMarks() {
    assertTrue(ProjectLayout.isSafe("src/app/cards/café-hsmeta.json"));
    assertTrue(ProjectLayout.isSafe("app/logo@2x.png"));
    assertTrue(ProjectLayout.isSafe("app/cafe\u0301.tsx")); // e and a combining accent
    assertTrue(ProjectLayout.isSafe("app/\ud801\udc00.tsx")); // a letter outside the BMP
    assertFalse(ProjectLayout.isSafe("app/my card.tsx"));
    assertFalse(ProjectLayout.isSafe("app/\ud83d\ude00.tsx")); // an emoji
    assertFalse(ProjectLayout.isSafe("app//x.tsx"));
    assertFalse(ProjectLayout.isSafe("../x.tsx"));
  }

  /** The loop against the regular expression it replaced, over random names. */
  @Test
  void aNameIsWhatTheRegularExpressionTook() {
    Random random = new Random(11);
    String alphabet = "aZ09_-.@+~ %|\"[]/éÉ\u0301\u20dd\u0903\u0660\u00b2\u200b\t";
    int[] extra = {0x10400, 0x1F600, 0x1D7CE};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder name = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        int pick = random.nextInt(alphabet.length() + extra.length);
        if (pick < alphabet.length()) {
          name.append(alphabet.charAt(pick));
        } else {
          name.appendCodePoint(extra[pick - alphabet.length()]);
        }
      }
      String text = name.toString();
      assertEquals(NAME.matcher(text).matches(), ProjectLayout.isName(text), text);
    }
  }
}
