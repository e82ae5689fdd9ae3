package io.github.hubspotapt.maven.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON value of one of HubSpot's closed sets, as the annotations' enum constant ({@code
 * "private"}: PRIVATE).
 */
final class EnumValue {

  private EnumValue() {}

  /**
   * The constant of the annotations' enum {@code type} for {@code value}, or empty (then refused at
   * {@code key}, naming the allowed values).
   */
  static Optional<String> read(JsonFields fields, String key, String value, Class<?> type) {
    return read(
        fields,
        key,
        value,
        Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
  }

  /** As {@link #read(JsonFields, String, String, Class)}, among {@code constants} only. */
  static <E extends Enum<E>> Optional<String> read(
      JsonFields fields, String key, String value, Set<E> constants) {
    return read(fields, key, value, constants.stream().map(Enum::name).toList());
  }

  private static Optional<String> read(
      JsonFields fields, String key, String value, List<String> names) {
    if (value == null) {
      return Optional.empty();
    }
    String constant = value.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    if (names.contains(constant)) {
      return Optional.of(constant);
    }
    fields.refuse(
        key,
        "\""
            + value
            + "\" is none of the values hubspot-apt's annotations know ("
            + String.join(", ", names)
            + ")");
    return Optional.empty();
  }
}
