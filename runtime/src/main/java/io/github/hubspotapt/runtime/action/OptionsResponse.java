package io.github.hubspotapt.runtime.action;

import io.github.hubspotapt.runtime.http.JsonText;
import java.util.List;
import java.util.Objects;

/**
 * The answer to an options request: the options for the input field, written as {@code {"options":
 * [{"label", "description", "value"}], "after": ..., "searchable": ...}}.
 *
 * @param options the options, in the order shown
 * @param after the cursor HubSpot sends back to fetch the next page, or null when this is the last
 * @param searchable whether HubSpot shows a search box, whose text comes back as {@link
 *     OptionsRequest#query()}
 */
public record OptionsResponse(List<Option> options, String after, boolean searchable) {

  /**
   * A response.
   *
   * @param options the options
   * @param after the next page's cursor, or null
   * @param searchable whether the options are searchable
   */
  public OptionsResponse {
    options = List.copyOf(options);
  }

  /**
   * All the options, in one page, without search.
   *
   * @param options the options
   * @return the response
   */
  public static OptionsResponse of(List<Option> options) {
    return new OptionsResponse(options, null, false);
  }

  /**
   * One option.
   *
   * @param label what the workflow's author sees
   * @param description a longer text, or null
   * @param value what the execution request carries when the option is chosen
   */
  public record Option(String label, String description, String value) {

    /**
     * An option.
     *
     * @param label what the author sees
     * @param description a longer text, or null
     * @param value what the execution request carries
     */
    public Option {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }

    /**
     * An option without a description.
     *
     * @param label what the author sees
     * @param value what the execution request carries
     * @return the option
     */
    public static Option of(String label, String value) {
      return new Option(label, null, value);
    }
  }

  /** The JSON HubSpot reads. */
  String toJson() {
    return JsonText.of(
        json -> {
          json.writeStartObject();
          json.writeArrayFieldStart("options");
          for (Option option : options) {
            json.writeStartObject();
            json.writeStringField("label", option.label());
            if (option.description() != null) {
              json.writeStringField("description", option.description());
            }
            json.writeStringField("value", option.value());
            json.writeEndObject();
          }
          json.writeEndArray();
          if (after != null) {
            json.writeStringField("after", after);
          }
          json.writeBooleanField("searchable", searchable);
          json.writeEndObject();
        });
  }
}
