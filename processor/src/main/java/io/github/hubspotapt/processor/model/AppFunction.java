package io.github.hubspotapt.processor.model;

import java.util.List;

/**
 * {@code @AppFunction}. An empty {@code endpointPath} with no {@code endpointMethods} means a
 * private function; {@code endpoint} points at the {@code @Endpoint} annotation.
 */
public record AppFunction(
    Origin origin,
    Located<String> uid,
    ComponentFile file,
    Located<String> entrypoint,
    List<Located<String>> secretKeys,
    Origin endpoint,
    Located<String> endpointPath,
    List<Located<String>> endpointMethods)
    implements Feature {

  @Override
  public ComponentType type() {
    return ComponentType.APP_FUNCTION;
  }

  public boolean hasEndpoint() {
    return (endpointPath.value() != null && !endpointPath.value().isEmpty())
        || !endpointMethods.isEmpty();
  }
}
