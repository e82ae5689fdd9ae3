package io.github.hubspotapt.runtime.action;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names to text as read from a request body, in the body's order, that nothing changes after
 * reading: a record that takes one keeps it as it is, where any other map is copied first. Copying
 * the maps of every request cost more than reading them.
 */
final class ReadFields extends AbstractMap<String, String> {

  private final Map<String, String> fields;

  /** Takes a map that only the caller held, and drops it. */
  @SuppressWarnings("NonApiType") // the parameter's type says the map keeps the body's order
  ReadFields(LinkedHashMap<String, String> read) {
    this.fields = Collections.unmodifiableMap(read);
  }

  /**
   * A map no caller can change afterwards, in its own order.
   *
   * @param map a map read by this package or given by a caller
   * @return it, when read by this package; otherwise an unmodifiable copy
   */
  static Map<String, String> frozen(Map<String, String> map) {
    return map instanceof ReadFields ? map : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  @Override
  public String get(Object name) {
    return fields.get(name);
  }

  @Override
  public boolean containsKey(Object name) {
    return fields.containsKey(name);
  }

  @Override
  public int size() {
    return fields.size();
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return fields.entrySet();
  }
}
