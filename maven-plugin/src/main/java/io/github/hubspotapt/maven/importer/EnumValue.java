package io.github.hubspotapt.maven.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A JSON value of one of HubSpot's closed sets, as the annotations' enum constant ({@code "private"}: PRIVATE). */
final class EnumValue {

  private EnumValue() {}

  /**
   * The constant for {@code value} among {@code constants}, or empty (then refused at {@code key}, naming the
   * allowed values).
   */
  static Optional<String> read(JsonFields fields, String key, String value, List<String> constants) {
    if (value == null) {
      return Optional.empty();
    }
    String constant = value.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    if (constants.contains(constant)) {
      return Optional.of(constant);
    }
    fields.refuse(key, "\"" + value + "\" is none of the values hubspot-apt's annotations know ("
        + String.join(", ", constants) + ")");
    return Optional.empty();
  }
}
