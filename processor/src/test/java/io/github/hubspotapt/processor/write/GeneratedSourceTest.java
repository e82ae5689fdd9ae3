package io.github.hubspotapt.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Generated Java sources are ASCII, whatever the compilation's encoding. */
class GeneratedSourceTest {

  @Test
  void everyCharacterOutsideAsciiIsAUnicodeEscape() {
    assertEquals(
        "Map.entry(\"\\u00e9t\\u00e9\", A); // \\ud83d\\ude00 \\u2028\\u00a0",
        GeneratedSource.asciiOnly("Map.entry(\"été\", A); // \uD83D\uDE00 \u2028\u00a0"));
  }

  @Test
  void anAsciiSourceIsKeptAsItIs() {
    String source = "class A { String s = \"\\\\u00e9\\n\"; }";
    assertSame(source, GeneratedSource.asciiOnly(source));
  }
}
