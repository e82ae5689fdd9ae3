package io.github.hubspotapt.runtime.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8Test {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ascii \t\r\n",
        "\u0080",
        "\u07FF",
        "\u0800",
        "\uD7FF",
        "\uE000",
        "\uFFFD",
        "\uFFFF",
        "\uD800\uDC00",
        "\uDBFF\uDFFF",
        "Zoë 北京 🎉"
      })
  void acceptsWellFormedText(String text) {
    assertEquals(-1, Utf8.firstInvalidByte(text.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @CsvSource({
    "'61 C1 BF', 1",
    "'61 C2', 1",
    "'E0 9F BF', 0",
    "'ED A0 80', 0",
    "'ED BF BF', 0",
    "'F0 8F BF BF', 0",
    "'F4 90 80 80', 0",
    "'F5 80 80 80', 0",
    "'E2 28 A1', 0",
    "'E2 82 28', 0",
    "'F0 90 28 BC', 0",
    "'F0 90 8C 28', 0",
    "'F0 90 8C', 0",
    "'BF', 0",
    "'61 62 00', 2",
    "'FE', 0",
    "'FF', 0"
  })
  void findsTheFirstByteThatIsNot(String hex, int offset) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }

    assertEquals(offset, Utf8.firstInvalidByte(bytes));
  }
}
