package io.github.hubspotapt.processor.declaration;

import java.util.List;

/** An annotation of {@code io.github.hubspotapt} whose members are config keys. */
public interface AnnotationKeys {

  /** The annotations' package. */
  String PACKAGE = "io.github.hubspotapt";

  /** The annotation's simple name. */
  String annotation();

  /** Its members' config keys, in the order the processor writes them. */
  List<ConfigKey> keys();

  /** How a message names the member of {@code key}: {@code @Card(name)}. */
  default String memberOf(ConfigKey key) {
    return "@" + annotation() + "(" + key.member() + ")";
  }

  /** The annotation's qualified name. */
  default String qualifiedName() {
    return PACKAGE + "." + annotation();
  }
}
