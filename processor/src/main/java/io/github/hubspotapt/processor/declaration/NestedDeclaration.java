package io.github.hubspotapt.processor.declaration;

import java.util.List;

/**
 * An annotation nested in a component's, written as an object under its member's key ({@code
 * previewImage}, {@code endpoint}).
 *
 * @param annotation the simple name of the nested annotation
 * @param keys the config keys of its members, in the order the processor writes them
 */
public record NestedDeclaration(String annotation, List<ConfigKey> keys) implements AnnotationKeys {

  public NestedDeclaration {
    keys = List.copyOf(keys);
  }

  public static NestedDeclaration of(String annotation, ConfigKey... keys) {
    return new NestedDeclaration(annotation, List.of(keys));
  }
}
