package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.declaration.ConfigKey;
import io.github.hubspotapt.processor.declaration.Omission;
import io.github.hubspotapt.processor.declaration.ValueKind;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.write.JsonArray;
import io.github.hubspotapt.processor.write.JsonObject;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A component's {@code config}, each key written by its {@link ConfigKey}: under its JSON name,
 * left out as its omission says. A key put as another kind than it is declared is a processor bug.
 */
final class DeclaredConfig {

  private final JsonObject json;

  DeclaredConfig(JsonObject json) {
    this.json = json;
  }

  /** A string or enum key. */
  DeclaredConfig string(ConfigKey key, Located<String> value) {
    expect(key, ValueKind.STRING, ValueKind.ENUM);
    if (key.omission() == Omission.WHEN_UNSET) {
      json.putIfSet(key.key(), value);
    } else {
      json.put(key.key(), value.value());
    }
    return this;
  }

  /** A string-array or enum-array key. */
  DeclaredConfig strings(ConfigKey key, List<Located<String>> values) {
    expect(key, ValueKind.STRINGS, ValueKind.ENUMS);
    if (key.omission() != Omission.WHEN_UNSET || !values.isEmpty()) {
      json.putStrings(key.key(), values);
    }
    return this;
  }

  DeclaredConfig bool(ConfigKey key, Located<Boolean> value) {
    expect(key, ValueKind.BOOLEAN);
    boolean isTrue = Boolean.TRUE.equals(value.value());
    if (key.omission() != Omission.WHEN_UNSET || isTrue) {
      json.put(key.key(), isTrue);
    }
    return this;
  }

  /** A boolean key whose value the model holds as a plain boolean. */
  DeclaredConfig bool(ConfigKey key, boolean value) {
    expect(key, ValueKind.BOOLEAN);
    if (key.omission() != Omission.WHEN_UNSET || value) {
      json.put(key.key(), value);
    }
    return this;
  }

  DeclaredConfig integer(ConfigKey key, Located<Integer> value) {
    expect(key, ValueKind.INTEGER);
    json.put(key.key(), value.value());
    return this;
  }

  /**
   * The array of a nested-list key, each of {@code items} written as an object by {@code element};
   * left out when empty, as its omission says.
   */
  <T> DeclaredConfig list(ConfigKey key, List<T> items, BiConsumer<DeclaredConfig, T> element) {
    expect(key, ValueKind.NESTED_LIST);
    if (!items.isEmpty()) {
      JsonArray array = json.putArray(key.key());
      items.forEach(item -> element.accept(new DeclaredConfig(array.addObject()), item));
    }
    return this;
  }

  /** The object of a nested annotation's keys, put under {@code key}. */
  DeclaredConfig nested(ConfigKey key) {
    expect(key, ValueKind.NESTED);
    return new DeclaredConfig(json.putObject(key.key()));
  }

  JsonObject json() {
    return json;
  }

  private static void expect(ConfigKey key, ValueKind... kinds) {
    if (!List.of(kinds).contains(key.kind()) || key.omission() == Omission.UNLESS_WRITTEN) {
      throw new IllegalArgumentException(key + " written as " + List.of(kinds));
    }
  }
}
