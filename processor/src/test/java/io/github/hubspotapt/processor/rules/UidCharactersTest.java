package io.github.hubspotapt.processor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link UidCharactersRule#allowed} against the regular expression it replaced. */
class UidCharactersTest {

  private static final Pattern ALLOWED = Pattern.compile("[a-zA-Z0-9_.\\-]*");

  @Test
  void allowedIsWhatTheRegularExpressionTook() {
    Random random = new Random(5);
    String alphabet = "azAZ09_.- /é$\u0130\u212a";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder uid = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        uid.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = uid.toString();
      assertEquals(ALLOWED.matcher(text).matches(), UidCharactersRule.allowed(text), text);
    }
  }
}
