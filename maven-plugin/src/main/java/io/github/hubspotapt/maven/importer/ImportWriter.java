package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an import: the sources below the Java source folder, the front-end files below the
 * front-end folder (the processor's {@code -Ahubspot.frontendDir}, by convention {@code
 * src/main/hubspot}), in HubSpot's own layout. Nothing is overwritten: when any target file exists,
 * nothing is written.
 */
public final class ImportWriter {

  private final Path javaDir;
  private final Path frontendDir;

  /**
   * @param javaDir the Java source folder ({@code src/main/java})
   * @param frontendDir the front-end folder ({@code src/main/hubspot})
   */
  public ImportWriter(Path javaDir, Path frontendDir) {
    this.javaDir = javaDir;
    this.frontendDir = frontendDir;
  }

  /** The Java source folder. */
  Path javaDir() {
    return javaDir;
  }

  /** The front-end folder. */
  Path frontendDir() {
    return frontendDir;
  }

  /**
   * @param result the import
   * @return the files written
   * @throws ImportException when a target exists or a file cannot be written
   */
  public List<Path> write(ImportResult result) throws ImportException {
    Map<Path, JavaFile> sources = new LinkedHashMap<>();
    for (JavaFile source : result.sources()) {
      sources.put(
          javaDir
              .resolve(source.packageName().replace('.', '/'))
              .resolve(source.typeSpec().name() + ".java"),
          source);
    }
    Map<Path, Path> copies = new LinkedHashMap<>();
    result
        .frontendFiles()
        .forEach(
            file -> copies.put(frontendDir.resolve(file), result.sourceFolder().resolve(file)));
    List<Path> targets = new ArrayList<>(sources.keySet());
    targets.addAll(copies.keySet());
    List<String> existing = targets.stream().filter(Files::exists).map(Path::toString).toList();
    if (!existing.isEmpty()) {
      throw new ImportException(
          "the import writes nothing over existing files; these exist already:"
              + System.lineSeparator()
              + "  "
              + String.join(System.lineSeparator() + "  ", existing));
    }
    try {
      for (Map.Entry<Path, JavaFile> source : sources.entrySet()) {
        Files.createDirectories(source.getKey().getParent());
        Files.writeString(source.getKey(), source.getValue().toString());
      }
      for (Map.Entry<Path, Path> copy : copies.entrySet()) {
        Files.createDirectories(copy.getKey().getParent());
        Files.copy(copy.getValue(), copy.getKey(), StandardCopyOption.COPY_ATTRIBUTES);
      }
    } catch (IOException e) {
      throw new ImportException("could not write the import: " + e, e);
    }
    return targets;
  }
}
