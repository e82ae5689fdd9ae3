package io.github.hubspotapt.runtime.webhook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.hubspotapt.runtime.MalformedRequestException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of a webhook request, a JSON array of event objects, into {@link WebhookEvent}s,
 * streaming (no tree, no copy of the body). Anything HubSpot would not send is a {@link
 * MalformedRequestException} whose message names the event and the field ({@code
 * events[3].objectId: expected an integer, got a string}) and never quotes a value: an empty body,
 * bytes that are not UTF-8, JSON that is not well-formed or ends early, content after the array, a
 * value of the wrong type, a missing required field (see {@link WebhookEvent}), more events than
 * the limit, nesting deeper than {@value #MAX_NESTING_DEPTH} levels (said in its own words, not
 * jackson-core's, which name its configuration API). Fields it does not know are skipped. A UTF-8
 * byte order mark before the array is ignored, as RFC 8259 (section 8.1) allows a reader to and as
 * the workflow-action endpoints do; HubSpot sends none. Thread-safe.
 *
 * <p>A batch as HubSpot sends it is read by {@link WebhookBatchScanner} in one pass over its bytes;
 * whatever that fast path is not sure of is read here by jackson-core, which accepts it or writes
 * the message.
 */
public final class WebhookBatchParser {

  /**
   * The deepest nesting accepted: HubSpot's events nest 3 deep; the rest is room for fields HubSpot
   * adds.
   */
  public static final int MAX_NESTING_DEPTH = 32;

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
          .build();

  private final int maxEvents;

  /**
   * A parser.
   *
   * @param maxEvents the most events one batch may hold ({@link WebhookLimits#HUBSPOT_MAX_EVENTS})
   */
  public WebhookBatchParser(int maxEvents) {
    if (maxEvents < 1) {
      throw new IllegalArgumentException("maxEvents must be at least 1, was " + maxEvents);
    }
    this.maxEvents = maxEvents;
  }

  /**
   * Reads a batch.
   *
   * @param body the raw body
   * @return the events, in the batch's order; empty for {@code []}
   * @throws MalformedRequestException when the body is not a batch HubSpot would send
   */
  public List<WebhookEvent> parse(byte[] body) throws MalformedRequestException {
    if (body.length == 0) {
      throw new MalformedRequestException("body: empty; expected a JSON array of events");
    }
    List<WebhookEvent> scanned = WebhookBatchScanner.scan(body, maxEvents);
    return scanned != null ? scanned : readThoroughly(body);
  }

  /**
   * Reads a batch with jackson-core, after checking it as UTF-8: the way that says what is wrong.
   *
   * @param body the raw body, not empty
   * @return the events, in the batch's order
   * @throws MalformedRequestException when the body is not a batch HubSpot would send
   */
  List<WebhookEvent> readThoroughly(byte[] body) throws MalformedRequestException {
    int invalid = Utf8.firstInvalidByte(body);
    if (invalid >= 0) {
      throw locate(body, invalid)
          .malformed(
              String.format(
                  "not UTF-8 JSON text (byte 0x%02X at offset %d)", body[invalid] & 0xFF, invalid));
    }
    Position position = new Position();
    try (JsonParser parser = JSON.createParser(body)) {
      try {
        return readBatch(parser, position);
      } catch (JsonProcessingException e) {
        position.enterFieldOpenedBy(parser.getParsingContext());
        throw notParsed(e, position, body.length);
      }
    } catch (IOException e) {
      throw position.malformed("not readable as JSON");
    }
  }

  private static MalformedRequestException notParsed(
      JsonProcessingException e, Position position, int length) {
    // Not every early end is a JsonEOFException: a field name expected at the end is reported as a
    // syntax error.
    if (e instanceof JsonEOFException
        || (e.getLocation() != null && e.getLocation().getByteOffset() >= length)) {
      return position.malformed("the body ends before the JSON is complete" + at(e.getLocation()));
    }
    if (e instanceof StreamConstraintsException) {
      // Our own words, as the action path's: jackson's message names its own configuration API.
      return position.malformed("exceeds the parser's limits on nesting or length");
    }
    // Jackson's own message may quote the body; the offset says where without repeating it.
    return position.malformed("not valid JSON" + at(e.getLocation()));
  }

  private List<WebhookEvent> readBatch(JsonParser parser, Position position)
      throws IOException, MalformedRequestException {
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_ARRAY) {
      throw position.malformed(
          "expected a JSON array of events, got " + JsonValues.describe(first));
    }
    List<WebhookEvent> events = new ArrayList<>();
    while (true) {
      position.index = events.size();
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY) {
        break;
      }
      if (events.size() == maxEvents) {
        throw position.malformed(
            "more than "
                + maxEvents
                + " events in one batch (HubSpot sends at most "
                + WebhookLimits.HUBSPOT_MAX_EVENTS
                + ")");
      }
      if (token != JsonToken.START_OBJECT) {
        throw position.malformed("expected an event object, got " + JsonValues.describe(token));
      }
      events.add(WebhookEventReader.read(parser, position));
    }
    position.index = -1;
    if (parser.nextToken() != null) {
      throw position.malformed(
          "content after the array of events" + at(parser.currentTokenLocation()));
    }
    return events;
  }

  private static String at(JsonLocation location) {
    return location == null || location.getByteOffset() < 0
        ? ""
        : " (byte " + location.getByteOffset() + ")";
  }

  /**
   * Where a byte lies: the event and field the JSON before it opens. Only for a message, so the
   * JSON before it is read as far as it goes.
   */
  private static Position locate(byte[] body, int offset) {
    Position position = new Position();
    int depth = 0;
    try (JsonParser parser = JSON.createParser(body, 0, offset)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isStructStart()) {
          depth++;
          if (depth == 2) {
            position.index++;
            position.field = null;
          }
        } else if (token.isStructEnd()) {
          depth--;
          if (depth == 1) {
            position.field = null;
          }
        } else if (token == JsonToken.FIELD_NAME && depth == 2) {
          position.field = parser.currentName();
        }
      }
    } catch (IOException e) {
      // The JSON before the byte ends early or is broken: where it got to is the answer.
    }
    return position;
  }
}
