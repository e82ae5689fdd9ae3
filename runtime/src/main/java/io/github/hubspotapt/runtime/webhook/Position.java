package io.github.hubspotapt.runtime.webhook;

import com.fasterxml.jackson.core.JsonStreamContext;
import io.github.hubspotapt.runtime.MalformedRequestException;

/**
 * Where the parser is in a batch: the index of the event and the field being read, so that every
 * message names them ({@code events[3].objectId}). One per parse; not shared between threads.
 */
final class Position {

  /** The event's index in the batch; -1 before the array is open. */
  int index = -1;

  /** The field whose value is being read; null between fields. */
  String field;

  /** The name of the event's last field that was read; null before the first. */
  String lastField;

  /**
   * Takes the field a failed read was opening. The JSON parser reads a field's name and the start
   * of its value in one step, so a value that is not JSON fails before the name is handed over; its
   * name is then already the current name of the event's context, and differs from the last field
   * read.
   *
   * @param context the parser's context when the read failed
   */
  void enterFieldOpenedBy(JsonStreamContext context) {
    String name = context.getCurrentName();
    if (field == null
        && index >= 0
        && context.inObject()
        && name != null
        && !name.equals(lastField)) {
      field = name;
    }
  }

  /** {@code body}, {@code events[3]} or {@code events[3].objectId}. */
  String where() {
    if (index < 0) {
      return "body";
    }
    return field == null ? "events[" + index + "]" : "events[" + index + "]." + field;
  }

  /**
   * An exception saying what is wrong here.
   *
   * @param what what is wrong, without the value when it could be personal data
   * @return the exception
   */
  MalformedRequestException malformed(String what) {
    return new MalformedRequestException(where() + ": " + what);
  }
}
