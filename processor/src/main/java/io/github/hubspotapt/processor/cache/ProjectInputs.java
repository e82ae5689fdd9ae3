package io.github.hubspotapt.processor.cache;

import io.github.hubspotapt.processor.frontend.FrontendFolder;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a compilation's project depends on besides the annotated types' models, as one text: the
 * processor's options and the front-end folder's files (paths, sizes and modification times; the
 * rules look files up there, the profiles and hand-written metadata files are read from there, and
 * every file is copied into the project). Two compilations with the same text and the same models
 * produce the same project and findings.
 */
public final class ProjectInputs {

  private static final String OPTION_PREFIX = "hubspot.";

  private ProjectInputs() {}

  /** {@code frontendDir} is null when no front-end folder is configured. */
  public static String describe(Map<String, String> options, Path frontendDir) {
    StringBuilder text = new StringBuilder();
    // A plain loop: this runs in every compilation, where each lambda links anew.
    for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
      if (option.getKey().startsWith(OPTION_PREFIX)) {
        text.append(option.getKey()).append('=').append(option.getValue()).append('\n');
      }
    }
    if (frontendDir != null) {
      text.append("frontend ").append(frontendDir).append('\n');
      try {
        // The files the processor reads and copies, by the folder's own listing.
        new FrontendFolder(frontendDir)
            .paths()
            .forEach(
                (path, file) ->
                    text.append(path)
                        .append(' ')
                        .append(ModelCache.stampOrAbsent(file.toString()))
                        .append('\n'));
      } catch (UncheckedIOException e) {
        // A folder that cannot be listed gives a text no compilation repeats, so its results are
        // never reused.
        text.append("unreadable ").append(System.nanoTime()).append('\n');
      }
    }
    return text.toString();
  }
}
