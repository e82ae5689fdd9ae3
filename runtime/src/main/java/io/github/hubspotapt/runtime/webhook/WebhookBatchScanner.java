package io.github.hubspotapt.runtime.webhook;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The fast path of {@link WebhookBatchParser}: one pass over the body's bytes, checking its UTF-8
 * and its JSON as it goes, for the batches HubSpot sends. It reads only what it is sure of and
 * gives up (returns null) on anything else: bytes that are not UTF-8, JSON that is not well-formed,
 * an escape in a string, a value of a type its field does not take, an integer of more than 18
 * digits, a field given twice, a required field missing, more events than the limit, deep nesting.
 * The parser then reads the batch the thorough way, which accepts it or says exactly what is wrong;
 * so a batch this class accepts is one the thorough way accepts, with the same events, and every
 * message comes from there.
 *
 * <p>Why it exists: a JSON parser canonicalises every field name and tokenises every value for its
 * caller, and that was most of a webhook request's time; here a name is matched against the known
 * ones byte for byte and a value that is skipped is never made into a String.
 */
final class WebhookBatchScanner {

  /** Longer integers may not fit a long; the thorough way decides. */
  private static final int MAX_DIGITS = 18;

  /** Deeper than HubSpot's events nest, far below {@link WebhookBatchParser#MAX_NESTING_DEPTH}. */
  private static final int MAX_DEPTH = 8;

  /**
   * Far below jackson-core's limits on names and strings, so that those stay the thorough way's to
   * report.
   */
  private static final int MAX_STRING_BYTES = 1 << 16;

  /**
   * How many short values are kept for sharing, and how long they may be (type, object, source,
   * flag, property).
   */
  private static final int CACHE_SLOTS = 64;

  private static final int CACHED_LENGTH = 32;

  /** Eight bytes of an array read as one long: names compared a word at a time. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final EventField[] FIELDS = EventField.values();

  /** The known fields' JSON names in UTF-8, by {@link EventField#ordinal()}. */
  private static final byte[][] NAMES = new byte[FIELDS.length][];

  /** The fields whose JSON name has a length, by length: few candidates to compare a name with. */
  private static final EventField[][] BY_LENGTH;

  static {
    int longest = 0;
    for (EventField field : FIELDS) {
      NAMES[field.ordinal()] = field.jsonName().getBytes(StandardCharsets.UTF_8);
      longest = Math.max(longest, field.jsonName().length());
    }
    BY_LENGTH = new EventField[longest + 1][0];
    for (EventField field : FIELDS) {
      EventField[] same = BY_LENGTH[field.jsonName().length()];
      same = Arrays.copyOf(same, same.length + 1);
      same[same.length - 1] = field;
      BY_LENGTH[field.jsonName().length()] = same;
    }
  }

  /** Thrown to give up; no stack trace, as it is caught a few frames up. */
  private static final class GiveUp extends Exception {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  private final byte[] in;
  private int pos;

  /**
   * By field (and, last, for an event's start): the field that followed it in the previous event.
   */
  private final EventField[] followers = new EventField[FIELDS.length + 1];

  /**
   * Short ASCII values already read, by {@link #cacheSlot}, with where their bytes are: repeated
   * ones are shared.
   */
  private final String[] cachedValues = new String[CACHE_SLOTS];

  private final int[] cachedStarts = new int[CACHE_SLOTS];

  /** Whether the last string passed over had a character beyond ASCII. */
  private boolean nonAscii;

  private WebhookBatchScanner(byte[] in) {
    this.in = in;
  }

  /**
   * Reads a batch the fast way.
   *
   * @param body the raw body
   * @param maxEvents the most events one batch may hold
   * @return the events, or null when the batch is for the thorough way to read
   */
  static List<WebhookEvent> scan(byte[] body, int maxEvents) {
    try {
      return new WebhookBatchScanner(body).batch(maxEvents);
    } catch (GiveUp e) {
      return null;
    }
  }

  private List<WebhookEvent> batch(int maxEvents) throws GiveUp {
    skipSpace();
    expect('[');
    List<WebhookEvent> events = new ArrayList<>();
    skipSpace();
    if (at(pos) == ']') {
      pos++;
    } else {
      while (true) {
        if (events.size() == maxEvents) {
          throw new GiveUp();
        }
        expect('{');
        events.add(event());
        skipSpace();
        byte next = at(pos++);
        if (next == ']') {
          break;
        }
        check(next == ',');
        skipSpace();
      }
    }
    skipSpace();
    check(pos == in.length);
    return events;
  }

  /** An event, from after its '{' to after its '}'. */
  private WebhookEvent event() throws GiveUp {
    WebhookEvent.Builder event = new WebhookEvent.Builder();
    int seen = 0;
    int present = 0;
    EventField field = null;
    skipSpace();
    if (at(pos) == '}') {
      throw new GiveUp();
    }
    while (true) {
      expect('"');
      field = fieldName(field);
      skipSpace();
      expect(':');
      skipSpace();
      if (field == null) {
        skipValue(2);
      } else {
        int bit = field.bit();
        check((seen & bit) == 0);
        seen |= bit;
        if (at(pos) == 'n') {
          literal("null");
        } else {
          present |= bit;
          value(field, event);
        }
      }
      skipSpace();
      byte next = at(pos++);
      if (next == '}') {
        break;
      }
      check(next == ',');
      skipSpace();
    }
    check(WebhookEventReader.missingFields(present, event) == 0);
    return event.build();
  }

  private void value(EventField field, WebhookEvent.Builder event) throws GiveUp {
    switch (field) {
      case EVENT_ID -> event.eventId = integer();
      case SUBSCRIPTION_ID -> event.subscriptionId = integer();
      case PORTAL_ID -> event.portalId = integer();
      case APP_ID -> event.appId = integer();
      case OCCURRED_AT -> event.occurredAt = integer();
      case SUBSCRIPTION_TYPE -> event.subscriptionType = string();
      case ATTEMPT_NUMBER -> event.attemptNumber = intValue();
      case OBJECT_ID -> event.objectId = integer();
      case OBJECT_TYPE_ID -> event.objectTypeId = string();
      case CHANGE_SOURCE -> event.changeSource = string();
      case SOURCE_ID -> event.sourceId = string();
      case CHANGE_FLAG -> event.changeFlag = string();
      case PROPERTY_NAME -> event.propertyName = string();
      case PROPERTY_VALUE -> event.propertyValue = string();
      case IS_SENSITIVE -> event.isSensitive = bool();
      case PRIMARY_OBJECT_ID -> event.primaryObjectId = integer();
      case MERGED_OBJECT_IDS -> event.mergedObjectIds = integers();
      case NEW_OBJECT_ID -> event.newObjectId = integer();
      case NUMBER_OF_PROPERTIES_MOVED -> event.numberOfPropertiesMoved = intValue();
      case ASSOCIATION_TYPE -> event.associationType = string();
      case FROM_OBJECT_ID -> event.fromObjectId = integer();
      case TO_OBJECT_ID -> event.toObjectId = integer();
      case FROM_OBJECT_TYPE_ID -> event.fromObjectTypeId = string();
      case TO_OBJECT_TYPE_ID -> event.toObjectTypeId = string();
      case ASSOCIATION_REMOVED -> event.associationRemoved = bool();
      case IS_PRIMARY_ASSOCIATION -> event.isPrimaryAssociation = bool();
      case MESSAGE_ID -> event.messageId = string();
      case MESSAGE_TYPE -> event.messageType = string();
    }
  }

  /**
   * The field a name after its opening quote names, or null for one this library does not read.
   * HubSpot writes an event's fields in the same order every time, so the field that followed the
   * previous one last time is tried first: when it matches, the name is read in one pass and
   * compared with nothing else.
   *
   * @param previous the event's previous field, null for its first
   */
  private EventField fieldName(EventField previous) throws GiveUp {
    int slot = previous == null ? FIELDS.length : previous.ordinal();
    EventField predicted = followers[slot];
    if (predicted != null) {
      byte[] name = NAMES[predicted.ordinal()];
      int end = pos + name.length;
      if (end < in.length && in[end] == '"' && sameBytes(pos, name)) {
        pos = end + 1;
        return predicted;
      }
    }
    EventField field = anyFieldName();
    followers[slot] = field;
    return field;
  }

  private EventField anyFieldName() throws GiveUp {
    int start = pos;
    int end = stringEnd();
    int length = end - start;
    pos = end + 1;
    if (length >= BY_LENGTH.length) {
      return null;
    }
    for (EventField field : BY_LENGTH[length]) {
      if (sameBytes(start, NAMES[field.ordinal()])) {
        return field;
      }
    }
    return null;
  }

  /**
   * Whether the bytes at start are name's; the caller has checked that they are as many. Eight
   * bytes at a time (every known name but {@code appId} has eight or more; the last eight overlap
   * the ones before).
   */
  private boolean sameBytes(int start, byte[] name) {
    int length = name.length;
    if (length < Long.BYTES) {
      for (int k = 0; k < length; k++) {
        if (in[start + k] != name[k]) {
          return false;
        }
      }
      return true;
    }
    for (int k = 0; k < length - Long.BYTES; k += Long.BYTES) {
      if ((long) LONGS.get(in, start + k) != (long) LONGS.get(name, k)) {
        return false;
      }
    }
    int last = length - Long.BYTES;
    return (long) LONGS.get(in, start + last) == (long) LONGS.get(name, last);
  }

  /** A string value; the parser stands on its opening quote. */
  private String string() throws GiveUp {
    expect('"');
    int start = pos;
    nonAscii = false;
    int end = stringEnd();
    pos = end + 1;
    int length = end - start;
    if (nonAscii) {
      // The bytes are checked UTF-8 by now; without an escape they are the string.
      return new String(in, start, length, StandardCharsets.UTF_8);
    }
    if (length > CACHED_LENGTH || length == 0) {
      return new String(in, start, length, StandardCharsets.ISO_8859_1);
    }
    // A value seen before in this batch is shared: no copy, and its hash, which routing takes, is
    // computed once.
    int slot = cacheSlot(start, length);
    String cached = cachedValues[slot];
    if (cached != null
        && cached.length() == length
        && sameBytes(start, cachedStarts[slot], length)) {
      return cached;
    }
    String value = new String(in, start, length, StandardCharsets.ISO_8859_1);
    cachedValues[slot] = value;
    cachedStarts[slot] = start;
    return value;
  }

  private int cacheSlot(int start, int length) {
    int end = start + length - 1;
    return (length * 31 + in[start] * 7 + in[start + length / 2] * 3 + in[end]) & (CACHE_SLOTS - 1);
  }

  private boolean sameBytes(int start, int other, int length) {
    for (int k = 0; k < length; k++) {
      if (in[start + k] != in[other + k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The offset of the closing quote of a string whose content starts at pos: no escape, no control
   * character, well-formed UTF-8; {@link #nonAscii} set when it has a character beyond ASCII.
   */
  private int stringEnd() throws GiveUp {
    byte[] bytes = in;
    int i = pos;
    while (i < bytes.length) {
      byte b = bytes[i];
      if (b == '"') {
        check(i - pos <= MAX_STRING_BYTES);
        return i;
      }
      if (b >= 0x20 && b != '\\') {
        i++;
      } else {
        check(b < 0);
        int length = Utf8.sequenceLength(bytes, i);
        check(length > 0);
        nonAscii = true;
        i += length;
      }
    }
    throw new GiveUp();
  }

  /**
   * A JSON integer of at most 18 digits, as JSON writes it (no leading zero, no fraction, no
   * exponent).
   */
  private long integer() throws GiveUp {
    boolean negative = at(pos) == '-';
    if (negative) {
      pos++;
    }
    byte[] bytes = in;
    int start = pos;
    int i = start;
    long value = 0;
    while (i < bytes.length && bytes[i] >= '0' && bytes[i] <= '9') {
      value = value * 10 + (bytes[i] - '0');
      i++;
    }
    pos = i;
    byte b = at(i);
    int digits = i - start;
    check(digits > 0 && digits <= MAX_DIGITS && (digits == 1 || at(start) != '0'));
    check(b != '.' && b != 'e' && b != 'E');
    return negative ? -value : value;
  }

  private int intValue() throws GiveUp {
    long value = integer();
    check(value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE);
    return (int) value;
  }

  private List<Long> integers() throws GiveUp {
    expect('[');
    List<Long> values = new ArrayList<>();
    skipSpace();
    if (at(pos) == ']') {
      pos++;
      return Collections.unmodifiableList(values);
    }
    while (true) {
      values.add(integer());
      skipSpace();
      byte next = at(pos++);
      if (next == ']') {
        return Collections.unmodifiableList(values);
      }
      check(next == ',');
      skipSpace();
    }
  }

  private boolean bool() throws GiveUp {
    if (at(pos) == 't') {
      literal("true");
      return true;
    }
    literal("false");
    return false;
  }

  /**
   * Passes over a value of a field this library does not read: any JSON value, checked as
   * well-formed.
   *
   * @param depth how deep the value is: 2 for an event's field
   */
  private void skipValue(int depth) throws GiveUp {
    check(depth <= MAX_DEPTH);
    byte b = at(pos);
    switch (b) {
      case '"' -> {
        pos++;
        pos = stringEnd() + 1;
      }
      case '{' -> skipStructure('}', depth);
      case '[' -> skipStructure(']', depth);
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> skipNumber();
    }
  }

  /** An object or array, from its opening to after its closing bracket. */
  private void skipStructure(char close, int depth) throws GiveUp {
    pos++;
    skipSpace();
    if (at(pos) == close) {
      pos++;
      return;
    }
    while (true) {
      if (close == '}') {
        expect('"');
        pos = stringEnd() + 1;
        skipSpace();
        expect(':');
        skipSpace();
      }
      skipValue(depth + 1);
      skipSpace();
      byte next = at(pos++);
      if (next == close) {
        return;
      }
      check(next == ',');
      skipSpace();
    }
  }

  /** A number as RFC 8259 writes it: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
  private void skipNumber() throws GiveUp {
    int start = pos;
    if (at(pos) == '-') {
      pos++;
    }
    if (at(pos) == '0') {
      pos++;
    } else {
      check(at(pos) >= '1' && at(pos) <= '9');
      digits();
    }
    if (at(pos) == '.') {
      pos++;
      check(digits() > 0);
    }
    if (at(pos) == 'e' || at(pos) == 'E') {
      pos++;
      if (at(pos) == '+' || at(pos) == '-') {
        pos++;
      }
      check(digits() > 0);
    }
    check(pos - start <= MAX_DIGITS);
  }

  private int digits() {
    int start = pos;
    while (at(pos) >= '0' && at(pos) <= '9') {
      pos++;
    }
    return pos - start;
  }

  private void literal(String word) throws GiveUp {
    for (int k = 0; k < word.length(); k++) {
      check(at(pos + k) == word.charAt(k));
    }
    pos += word.length();
  }

  /** JSON's whitespace: space, tab, line feed, carriage return. */
  private void skipSpace() {
    byte b = at(pos);
    while (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
      b = at(++pos);
    }
  }

  private void expect(char c) throws GiveUp {
    check(at(pos) == c);
    pos++;
  }

  /**
   * The byte at i, or 0 past the end: a zero byte is valid nowhere in JSON text, so both end a read
   * the same way.
   */
  private byte at(int i) {
    return i < in.length ? in[i] : 0;
  }

  private static void check(boolean condition) throws GiveUp {
    if (!condition) {
      throw new GiveUp();
    }
  }
}
