package io.github.hubspotapt.processor.declaration;

/**
 * {@code @Option} on an enum constant: the keys of an enumeration field's options, each named as
 * its member, which the processor writes and the import reads back. The value and label default to
 * the constant's name and that name in words, which both sides derive as code; the other three are
 * written only when set, and only where the component type's options have them.
 */
public final class OptionConfig {

  /** The annotation's simple name. */
  public static final String ANNOTATION = "Option";

  public static final ConfigKey VALUE = ConfigKey.string("value");
  public static final ConfigKey LABEL = ConfigKey.string("label");
  public static final ConfigKey DESCRIPTION = ConfigKey.string("description").omittedWhenUnset();
  public static final ConfigKey DISPLAY_ORDER =
      ConfigKey.integer("displayOrder").omittedWhenUnset();
  public static final ConfigKey HIDDEN = ConfigKey.bool("hidden").omittedWhenUnset();

  private OptionConfig() {}
}
