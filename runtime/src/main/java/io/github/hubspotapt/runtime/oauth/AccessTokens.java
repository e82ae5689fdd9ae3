package io.github.hubspotapt.runtime.oauth;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

/**
 * Each installed account's access token, refreshed before it expires (HubSpot's last 30 minutes; by
 * default a token with less than 5 minutes left is refreshed), its tokens kept in the application's
 * {@link TokenStore}. Thread-safe: an account has at most one refresh in flight; callers that need
 * its token meanwhile wait for that refresh and use its result (or its failure), so many concurrent
 * calls make one request to HubSpot. Before refreshing, the store is read again, so that another
 * process sharing the store and refreshing first is reused, not repeated. A refresh refused with
 * {@code invalid_grant} deletes the account's tokens and throws {@link InstallRequiredException}.
 */
public final class AccessTokens implements AccessTokenSource {

  /** How long before expiry a token is refreshed. */
  public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(5);

  private final TokenClient client;
  private final TokenStore store;
  private final Duration refreshMargin;
  private final Clock clock;
  private final ConcurrentMap<Long, Account> accounts = new ConcurrentHashMap<>();

  /**
   * Tokens refreshed 5 minutes before expiry, by the system clock.
   *
   * @param client HubSpot's token endpoints
   * @param store where the application keeps tokens
   */
  public AccessTokens(TokenClient client, TokenStore store) {
    this(client, store, DEFAULT_REFRESH_MARGIN, Clock.systemUTC());
  }

  /**
   * Tokens refreshed with another margin or clock.
   *
   * @param client HubSpot's token endpoints
   * @param store where the application keeps tokens
   * @param refreshMargin how long before expiry to refresh; zero or more, less than HubSpot's 30
   *     minutes
   * @param clock the clock that expiries are checked against
   */
  public AccessTokens(TokenClient client, TokenStore store, Duration refreshMargin, Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    this.store = Objects.requireNonNull(store, "store");
    if (refreshMargin.isNegative() || refreshMargin.compareTo(Duration.ofMinutes(30)) >= 0) {
      throw new IllegalArgumentException(
          "refresh margin must be 0 to 30 minutes, not " + refreshMargin);
    }
    this.refreshMargin = refreshMargin;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Keeps a new install's tokens (from {@link TokenClient#exchangeCode}) under its account. When
   * the token response did not name the account, HubSpot's introspection of the access token does.
   *
   * @param tokens the tokens of the install
   * @return the account id they are kept under
   * @throws io.github.hubspotapt.runtime.HubSpotCallException when the account had to be looked up
   *     and could not be
   */
  public long installed(Tokens tokens) {
    long hubId;
    if (tokens.hubId().isPresent()) {
      hubId = tokens.hubId().getAsLong();
    } else {
      Long introspected = client.introspect(tokens.accessToken(), TokenKind.ACCESS_TOKEN).hubId();
      if (introspected == null) {
        throw new IllegalArgumentException("HubSpot names no account for these tokens");
      }
      hubId = introspected;
      tokens = tokens.toBuilder().hubId(hubId).build();
    }
    store.save(hubId, tokens);
    account(hubId).current = tokens;
    return hubId;
  }

  /**
   * A valid access token for an account, refreshed first when it expires within the margin.
   *
   * @param hubId the account
   * @return the access token
   * @throws InstallRequiredException when the account has no tokens, or its refresh token is dead
   * @throws io.github.hubspotapt.runtime.HubSpotCallException when a needed refresh failed
   *     otherwise
   */
  @Override
  public String accessToken(long hubId) {
    return tokens(hubId).accessToken();
  }

  /**
   * An account's valid tokens, refreshed first when the access token expires within the margin.
   *
   * @param hubId the account
   * @return the tokens
   * @throws InstallRequiredException when the account has no tokens, or its refresh token is dead
   * @throws io.github.hubspotapt.runtime.HubSpotCallException when a needed refresh failed
   *     otherwise
   */
  public Tokens tokens(long hubId) {
    Account account = account(hubId);
    Tokens current = account.current;
    if (current != null && fresh(current)) {
      return current;
    }
    CompletableFuture<Tokens> refresh;
    boolean mine = false;
    synchronized (account) {
      if (account.current != null && fresh(account.current)) {
        return account.current;
      }
      refresh = account.refresh;
      if (refresh == null) {
        refresh = new CompletableFuture<>();
        account.refresh = refresh;
        mine = true;
      }
    }
    if (mine) {
      try {
        Tokens refreshed = refreshFromStore(hubId);
        account.current = refreshed;
        refresh.complete(refreshed);
      } catch (RuntimeException e) {
        refresh.completeExceptionally(e);
      } finally {
        synchronized (account) {
          account.refresh = null;
        }
      }
    }
    return await(refresh);
  }

  /**
   * Ends the app's access to an account: revokes its refresh token at HubSpot and deletes its
   * tokens.
   *
   * @param hubId the account
   * @throws io.github.hubspotapt.runtime.HubSpotCallException when HubSpot refused or could not be
   *     reached; the tokens are then kept, to try again
   */
  public void revoke(long hubId) {
    Optional<Tokens> stored = store.load(hubId);
    Optional<String> refreshToken = stored.flatMap(Tokens::refreshToken);
    if (refreshToken.isPresent()) {
      client.revoke(refreshToken.get(), TokenKind.REFRESH_TOKEN);
    }
    forget(hubId);
  }

  /**
   * Loads the stored tokens; uses them when another process refreshed them, refreshes them
   * otherwise.
   */
  private Tokens refreshFromStore(long hubId) {
    Tokens stored =
        store
            .load(hubId)
            .orElseThrow(
                () -> {
                  accounts.remove(hubId);
                  return new InstallRequiredException(hubId, "no tokens are stored for it", null);
                });
    if (fresh(stored)) {
      return stored;
    }
    String refreshToken =
        stored
            .refreshToken()
            .orElseThrow(
                () ->
                    new InstallRequiredException(
                        hubId, "its stored tokens have no refresh token", null));
    Tokens refreshed;
    try {
      refreshed = client.refresh(refreshToken);
    } catch (InvalidGrantException e) {
      forget(hubId);
      throw new InstallRequiredException(
          hubId,
          "HubSpot refused its refresh token (invalid_grant); its tokens were " + "deleted",
          e);
    }
    if (refreshed.hubId().isEmpty()) {
      refreshed = refreshed.toBuilder().hubId(hubId).build();
    }
    store.save(hubId, refreshed);
    return refreshed;
  }

  private void forget(long hubId) {
    store.delete(hubId);
    accounts.remove(hubId);
  }

  private boolean fresh(Tokens tokens) {
    return !tokens.expiresWithin(refreshMargin, clock.instant());
  }

  private Account account(long hubId) {
    return accounts.computeIfAbsent(hubId, id -> new Account());
  }

  private static Tokens await(CompletableFuture<Tokens> refresh) {
    try {
      return refresh.get();
    } catch (ExecutionException e) {
      // The refreshing thread's exception, rethrown as it was: every waiter sees the same typed
      // failure.
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a token refresh", e);
    }
  }

  @Override
  public String toString() {
    return "AccessTokens[client=" + client + ", refreshMargin=" + refreshMargin + "]";
  }

  /** An account's cached tokens and its refresh in flight, guarded by the account object. */
  private static final class Account {
    volatile Tokens current;
    CompletableFuture<Tokens> refresh;
  }
}
