package io.github.hubspotapt.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The kebab names {@link FileNames} gives features' files. */
class FileNamesTest {

  @Test
  void kebabKeepsLowerCaseLettersAndDigitsJoinedBySingleHyphens() {
    assertEquals("invoice-status", FileNames.kebab("Invoice Status!"));
    assertEquals("hello-world-2", FileNames.kebab("  --Hello__World 2--  "));
    assertEquals("n-code-card", FileNames.kebab("Ünïcode Card"));
    assertEquals("component", FileNames.kebab("!!!"));
    assertEquals("component", FileNames.kebab(""));
  }

  /** The loop against the two regular expressions it replaced, over random text. */
  @Test
  void kebabIsWhatTheRegularExpressionsGave() {
    Random random = new Random(7);
    String alphabet = "aZ09 -_.!éÉİß\u00a0\t";
    for (int i = 0; i < 10_000; i++) {
      StringBuilder name = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String expected =
          name.toString()
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z0-9]+", "-")
              .replaceAll("^-+|-+$", "");
      assertEquals(
          expected.isEmpty() ? "component" : expected,
          FileNames.kebab(name.toString()),
          name::toString);
    }
  }
}
