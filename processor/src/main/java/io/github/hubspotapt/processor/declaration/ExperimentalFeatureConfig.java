package io.github.hubspotapt.processor.declaration;

/**
 * {@code @ExperimentalFeature}: one annotation for the feature types HubSpot's parser knows without
 * a published config format. Not a {@link ComponentDeclaration}: its {@link #TYPE} member picks the
 * component type, and its {@link #CONFIG} member is the file's whole {@code config} as JSON text,
 * passed through rather than written key by key.
 */
public final class ExperimentalFeatureConfig {

  public static final String ANNOTATION = "ExperimentalFeature";

  /** The member that picks the type, declared before the members every component has. */
  public static final String TYPE = "type";

  /** Its enum, named as {@code ComponentType} names the types. */
  public static final String TYPE_ENUM = "ExperimentalFeatureType";

  public static final String CONFIG = "config";

  private ExperimentalFeatureConfig() {}
}
