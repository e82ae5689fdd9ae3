package io.github.hubspotapt.runtime.action;

/**
 * The application's code for one workflow action: what runs when HubSpot executes it, after the
 * request is verified and its input converted.
 *
 * <p>A result is answered with 200 and its {@code outputFields}. To be retried later, throw {@link
 * RetryLaterException} (429, optionally with {@code Retry-After}); to fail without a retry, throw
 * {@link ActionFailedException} (422) or return {@link ExecutionResult#failContinue}; any other
 * exception is answered with 500, which HubSpot retries with backoff for up to three days. The
 * exception is logged, never sent.
 *
 * @param <I> the action's input record
 * @param <O> the action's output record
 */
@FunctionalInterface
public interface ActionHandler<I, O> {

  /**
   * Executes the action once.
   *
   * @param input the input, converted from the request's input fields
   * @param context everything else about the execution
   * @return the result, not null
   * @throws Exception when the execution fails; see the interface for the status each exception
   *     gets
   */
  ExecutionResult<O> execute(I input, ExecutionContext context) throws Exception;
}
