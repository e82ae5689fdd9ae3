package io.github.hubspotapt.processor.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A closed set of names HubSpot accepts, one per line in a resource ({@code #} starts a comment).
 * The lists keep the place in the jar they had beside the rules, where the malformed-input tests
 * read the scopes too.
 */
final class NameList {

  private static final String FOLDER = "/io/github/hubspotapt/processor/rules/";

  private NameList() {}

  static Set<String> load(String name) {
    String resource = FOLDER + name;
    try (InputStream in = NameList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the processor jar");
      }
      List<String> names = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.strip());
        }
      }
      return Set.copyOf(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
