package io.github.hubspotapt.processor.declaration;

import java.util.List;

/**
 * An annotation whose members are config keys other than a component's own: one nested in a
 * component's, written as an object under its member's key ({@code previewImage}, {@code
 * endpoint}), or the app's ({@code @HubSpotApp}, {@code @Auth}).
 *
 * @param annotation the annotation's simple name
 * @param keys the config keys of its members, in the order the processor writes them
 */
public record AnnotationDeclaration(String annotation, List<ConfigKey> keys)
    implements AnnotationKeys {

  public AnnotationDeclaration {
    keys = List.copyOf(keys);
  }

  public static AnnotationDeclaration of(String annotation, ConfigKey... keys) {
    return new AnnotationDeclaration(annotation, List.of(keys));
  }
}
