package io.github.hubspotapt.runtime.oauth;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link TokenStore} in memory, for tests and examples: tokens are lost when the process ends.
 * Thread-safe.
 */
public final class InMemoryTokenStore implements TokenStore {

  private final ConcurrentMap<Long, Tokens> tokens = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryTokenStore() {}

  @Override
  public Optional<Tokens> load(long hubId) {
    return Optional.ofNullable(tokens.get(hubId));
  }

  @Override
  public void save(long hubId, Tokens tokens) {
    this.tokens.put(hubId, Objects.requireNonNull(tokens, "tokens"));
  }

  @Override
  public void delete(long hubId) {
    tokens.remove(hubId);
  }

  @Override
  public String toString() {
    return "InMemoryTokenStore[accounts=" + tokens.keySet() + "]";
  }
}
