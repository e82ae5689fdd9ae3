package io.github.hubspotapt.processor.model;

import java.util.List;

/**
 * What a Java type means as a HubSpot field: HubSpot's {@code type}, the default {@code fieldType}
 * control, and the options of an enumeration. {@code type} is null for a Java type HubSpot has no
 * field type for.
 */
public record FieldShape(String javaType, String type, String fieldType, List<Option> options) {

  public boolean isSupported() {
    return type != null;
  }
}
