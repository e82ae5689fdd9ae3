package io.github.hubspotapt.processor.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/** The OAuth scope names HubSpot documents, from {@code known-scopes.txt} beside this class. */
final class KnownScopes {

  private final Set<String> names;

  private KnownScopes(Set<String> names) {
    this.names = names;
  }

  static KnownScopes load() {
    try (InputStream in = KnownScopes.class.getResourceAsStream("known-scopes.txt")) {
      if (in == null) {
        throw new IllegalStateException("known-scopes.txt is missing from the processor jar");
      }
      Set<String> names = new TreeSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.strip());
        }
      }
      return new KnownScopes(Set.copyOf(names));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean contains(String scope) {
    return names.contains(scope);
  }

  Set<String> names() {
    return names;
  }
}
