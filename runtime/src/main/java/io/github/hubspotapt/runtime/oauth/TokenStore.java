package io.github.hubspotapt.runtime.oauth;

import java.util.Optional;

/**
 * Where an application keeps each installed account's tokens: its database, a secrets vault. {@link
 * AccessTokens} loads them when an account is first used, saves every refresh (the access token
 * changes each time, and HubSpot may send a new refresh token), and deletes them when the refresh
 * token is dead. Implementations must be thread-safe and must store tokens as secrets (encrypted at
 * rest, never logged). {@link InMemoryTokenStore} is for tests and examples.
 */
public interface TokenStore {

  /**
   * An account's tokens.
   *
   * @param hubId the account id
   * @return its tokens, or empty when the account has none (never installed, or deleted)
   */
  Optional<Tokens> load(long hubId);

  /**
   * Keeps an account's tokens, replacing any it had.
   *
   * @param hubId the account id
   * @param tokens the tokens
   */
  void save(long hubId, Tokens tokens);

  /**
   * Forgets an account's tokens; nothing happens when it has none.
   *
   * @param hubId the account id
   */
  void delete(long hubId);
}
