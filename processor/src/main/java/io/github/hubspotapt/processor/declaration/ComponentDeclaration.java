package io.github.hubspotapt.processor.declaration;

import io.github.hubspotapt.processor.model.ComponentType;
import java.util.List;

/**
 * A component type's annotation and the config keys its members map to, in the order the processor
 * writes them. The type's cross-type facts (folder, cardinality, platform version, the apps that
 * may have it) are on {@link ComponentType}. The processor's component reads and writes by it, the
 * import writes Java by it, so that a key, its member and its omission are declared once.
 *
 * @param type the component type
 * @param annotation the simple name of the annotation that declares it, in {@code
 *     io.github.hubspotapt}
 * @param keys the config keys its own members map to
 */
public record ComponentDeclaration(ComponentType type, String annotation, List<ConfigKey> keys)
    implements AnnotationKeys {

  /** The members every component annotation starts with, in the order they are declared. */
  public static final String UID = "uid";

  public static final String FILE_NAME = "fileName";
  public static final String PERMISSIONS = "permissions";

  /** The front-end file that cards, settings, pages, functions and bulk actions run. */
  public static final ConfigKey ENTRYPOINT = ConfigKey.string("entrypoint");

  public ComponentDeclaration {
    keys = List.copyOf(keys);
  }

  public static ComponentDeclaration of(ComponentType type, String annotation, ConfigKey... keys) {
    return new ComponentDeclaration(type, annotation, List.of(keys));
  }
}
