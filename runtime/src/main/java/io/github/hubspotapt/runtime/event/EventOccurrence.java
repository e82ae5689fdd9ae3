package io.github.hubspotapt.runtime.event;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.hubspotapt.runtime.http.JsonText;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One occurrence of an app event, as HubSpot's app events API takes it: {@code eventTypeName}, the
 * occurrence's own {@code id}, its {@link EventTarget}, an optional {@code timestamp} and the
 * event's {@code properties} as strings, and optional {@code extraData} ({@link #withExtraData}),
 * which the event's templates read as {@code {{extraData.x}}}. The code generated for an
 * {@code @AppEvent} record ({@code <Event>_Occurrence.of}) makes these from the record, so the
 * properties are exactly the event's declared ones; {@link AppEvents} sends them. Occurrences are
 * immutable at HubSpot: an id already sent for the event type is rejected, never overwritten.
 */
public final class EventOccurrence {

  private final String eventTypeName;
  private final String id;
  private final EventTarget target;
  private final Instant timestamp;
  private final Map<String, String> properties;

  /** The extra data as compact JSON text; null for none. */
  private final String extraData;

  /**
   * An occurrence.
   *
   * @param eventTypeName the event type: its uid ({@code @AppEvent(uid)}) or the fully qualified
   *     name HubSpot gave it
   * @param id the occurrence's id, unique within the event type; HubSpot keeps the first occurrence
   *     with an id
   * @param target the record it appears on
   * @param timestamp when it happened, or null for the time HubSpot receives it
   * @param properties the event's properties by name, as strings, in the order to send
   * @throws IllegalArgumentException if the event type name or the id is empty, or a property name
   *     or value is null
   */
  public EventOccurrence(
      String eventTypeName,
      String id,
      EventTarget target,
      Instant timestamp,
      Map<String, String> properties) {
    this.eventTypeName = nonEmpty(eventTypeName, "eventTypeName");
    this.id = nonEmpty(id, "id");
    this.target = Objects.requireNonNull(target, "target");
    // HubSpot's timestamps are milliseconds; finer digits would only be cut at HubSpot.
    this.timestamp = timestamp == null ? null : timestamp.truncatedTo(ChronoUnit.MILLIS);
    Map<String, String> copy = new LinkedHashMap<>();
    Objects.requireNonNull(properties, "properties")
        .forEach(
            (name, value) -> {
              if (name == null || value == null) {
                throw new IllegalArgumentException(
                    "a property name or value is null (property " + name + ")");
              }
              copy.put(name, value);
            });
    this.properties = Collections.unmodifiableMap(copy);
    this.extraData = null;
  }

  private EventOccurrence(EventOccurrence occurrence, String extraData) {
    this.eventTypeName = occurrence.eventTypeName;
    this.id = occurrence.id;
    this.target = occurrence.target;
    this.timestamp = occurrence.timestamp;
    this.properties = occurrence.properties;
    this.extraData = extraData;
  }

  /**
   * This occurrence with {@code extraData}: any JSON object or array, which HubSpot keeps with the
   * occurrence and gives the event's templates ({@code {{extraData.source}}}, {@code {{#each
   * extraData.items}}}), beside the declared properties.
   *
   * @param json the extra data as JSON text, an object or an array
   * @return a copy of this occurrence with the extra data, written compactly
   * @throws IllegalArgumentException if {@code json} is not exactly one JSON object or array
   */
  public EventOccurrence withExtraData(String json) {
    return new EventOccurrence(this, ExtraData.compact(Objects.requireNonNull(json, "json")));
  }

  /** {@return the extra data as compact JSON text; empty for none} */
  public Optional<String> extraData() {
    return Optional.ofNullable(extraData);
  }

  /** {@return the event type's uid or fully qualified name} */
  public String eventTypeName() {
    return eventTypeName;
  }

  /** {@return the occurrence's id} */
  public String id() {
    return id;
  }

  /** {@return the record it appears on} */
  public EventTarget target() {
    return target;
  }

  /** {@return when it happened, to the millisecond; empty for the time HubSpot receives it} */
  public Optional<Instant> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  /** {@return the properties by name, in the order sent} */
  public Map<String, String> properties() {
    return properties;
  }

  /**
   * The JSON body of {@code POST /integrators/timeline/2026-03/events} for this occurrence.
   *
   * @return the JSON text
   */
  public String json() {
    return JsonText.of(this::write);
  }

  /** Writes the occurrence as one JSON object: the single body, or one of a batch's inputs. */
  void write(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("eventTypeName", eventTypeName);
    json.writeStringField("id", id);
    json.writeStringField(target.field(), target.value());
    if (timestamp != null) {
      json.writeStringField("timestamp", DateTimeFormatter.ISO_INSTANT.format(timestamp));
    }
    json.writeObjectFieldStart("properties");
    for (Map.Entry<String, String> property : properties.entrySet()) {
      json.writeStringField(property.getKey(), property.getValue());
    }
    json.writeEndObject();
    if (extraData != null) {
      json.writeFieldName("extraData");
      // Checked and written compactly by ExtraData: one object or array, nothing else.
      json.writeRawValue(extraData);
    }
    json.writeEndObject();
  }

  private static String nonEmpty(String value, String name) {
    if (Objects.requireNonNull(value, name).isEmpty()) {
      throw new IllegalArgumentException(name + " is empty");
    }
    return value;
  }
}
