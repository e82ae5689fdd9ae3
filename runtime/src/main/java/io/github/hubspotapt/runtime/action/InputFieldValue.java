package io.github.hubspotapt.runtime.action;

import java.util.Objects;

/**
 * What the workflow's author chose so far for another input field, as an options request carries it
 * ({@code inputFields.<name>} of a request to an {@code optionsUrl}): a property of the enrolled
 * object, or a value typed in. A value type HubSpot adds later is {@link Unrecognized}, so that the
 * request is still answered.
 */
public sealed interface InputFieldValue {

  /**
   * The field takes the enrolled object's property ({@code "type": "OBJECT_PROPERTY"}).
   *
   * @param propertyName the property's internal name
   */
  record ObjectProperty(String propertyName) implements InputFieldValue {

    /**
     * A property.
     *
     * @param propertyName the property's internal name
     */
    public ObjectProperty {
      Objects.requireNonNull(propertyName, "propertyName");
    }
  }

  /**
   * The field has a value typed in ({@code "type": "STATIC_VALUE"}).
   *
   * @param value the value as text (a number or boolean as its JSON text), or null when none is
   *     chosen yet
   */
  record StaticValue(String value) implements InputFieldValue {}

  /**
   * A value type this library does not know.
   *
   * @param type the type as HubSpot sent it
   */
  record Unrecognized(String type) implements InputFieldValue {

    /**
     * An unrecognised value.
     *
     * @param type the type as HubSpot sent it
     */
    public Unrecognized {
      Objects.requireNonNull(type, "type");
    }
  }
}
