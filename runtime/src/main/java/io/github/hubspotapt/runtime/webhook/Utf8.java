package io.github.hubspotapt.runtime.webhook;

/**
 * Checks that a body is UTF-8, as RFC 8259 requires of JSON exchanged between systems, before the
 * JSON parser sees it: the parser would otherwise take a body with zero bytes at its start for
 * UTF-16 or UTF-32, and it accepts overlong forms and encoded surrogates. Well-formed means RFC
 * 3629: shortest forms only, no surrogates, nothing above U+10FFFF. A zero byte is refused as well:
 * it is valid UTF-8 but never valid in JSON text.
 */
final class Utf8 {

  private Utf8() {}

  /**
   * The first byte that is not part of well-formed UTF-8 JSON text.
   *
   * @param bytes the body
   * @return its offset, or -1 when every byte is
   */
  static int firstInvalidByte(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i];
      if (b > 0) {
        i++;
      } else if (b == 0) {
        return i;
      } else {
        int length = sequenceLength(bytes, i);
        if (length == 0) {
          return i;
        }
        i += length;
      }
    }
    return -1;
  }

  /** The length of the multi-byte sequence at {@code start}, or 0 when it is not well-formed. */
  static int sequenceLength(byte[] bytes, int start) {
    int lead = bytes[start] & 0xFF;
    int continuations;
    int secondMin = 0x80;
    int secondMax = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      continuations = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      continuations = 2;
      // E0 needs A0.. (no overlong forms); ED stops at 9F (no surrogates).
      secondMin = lead == 0xE0 ? 0xA0 : 0x80;
      secondMax = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      continuations = 3;
      // F0 needs 90.. (no overlong forms); F4 stops at 8F (nothing above U+10FFFF).
      secondMin = lead == 0xF0 ? 0x90 : 0x80;
      secondMax = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (start + continuations >= bytes.length) {
      return 0;
    }
    int second = bytes[start + 1] & 0xFF;
    if (second < secondMin || second > secondMax) {
      return 0;
    }
    for (int k = 2; k <= continuations; k++) {
      if ((bytes[start + k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    return continuations + 1;
  }
}
