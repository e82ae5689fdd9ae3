package io.github.hubspotapt.runtime.action;

import io.github.hubspotapt.runtime.HubSpotEndpoint;
import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.HubSpotResponse;
import io.github.hubspotapt.runtime.RequestLog;
import io.github.hubspotapt.runtime.RequestVerifier;
import java.util.Objects;

/**
 * Answers HubSpot's execution requests to one workflow action's {@code actionUrl}: POST only (405),
 * a bounded body (413), the signature verified before the body is read (401), the body parsed and
 * the input converted (400, which HubSpot does not retry), then the handler called and its result
 * answered with 200 and {@code outputFields}. A handler's exception is answered as {@link
 * ActionHandler} describes, logged and never sent.
 *
 * @param <I> the action's input record
 * @param <O> the action's output record
 */
public final class ActionEndpoint<I, O> implements HubSpotEndpoint {

  /**
   * The default bound of a request body: 1 MiB, far above an execution request with its object's
   * properties.
   */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  private final RequestFlow flow;
  private final InputReader<I> reader;
  private final ActionHandler<I, O> handler;
  private final OutputWriter<O> writer;

  private ActionEndpoint(
      RequestFlow flow,
      InputReader<I> reader,
      ActionHandler<I, O> handler,
      OutputWriter<O> writer) {
    this.flow = flow;
    this.reader = Objects.requireNonNull(reader, "reader");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  /**
   * An endpoint with the default body bound.
   *
   * @param verifier decides whether a request is HubSpot's
   * @param actionUrl the {@code actionUrl} the project declares, after profile substitution: the
   *     URL HubSpot signs
   * @param reader turns the request's input fields into the input record
   * @param handler the application's code
   * @param writer turns the output record into output fields
   * @param log where refused and failed requests are told
   * @param <I> the input record
   * @param <O> the output record
   * @return the endpoint
   */
  public static <I, O> ActionEndpoint<I, O> of(
      RequestVerifier verifier,
      String actionUrl,
      InputReader<I> reader,
      ActionHandler<I, O> handler,
      OutputWriter<O> writer,
      RequestLog log) {
    return of(verifier, actionUrl, reader, handler, writer, log, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * An endpoint.
   *
   * @param verifier decides whether a request is HubSpot's
   * @param actionUrl the {@code actionUrl} the project declares, after profile substitution: the
   *     URL HubSpot signs
   * @param reader turns the request's input fields into the input record
   * @param handler the application's code
   * @param writer turns the output record into output fields
   * @param log where refused and failed requests are told
   * @param maxBodyBytes the largest body read; a larger one is 413
   * @param <I> the input record
   * @param <O> the output record
   * @return the endpoint
   */
  public static <I, O> ActionEndpoint<I, O> of(
      RequestVerifier verifier,
      String actionUrl,
      InputReader<I> reader,
      ActionHandler<I, O> handler,
      OutputWriter<O> writer,
      RequestLog log,
      int maxBodyBytes) {
    return new ActionEndpoint<>(
        new RequestFlow(verifier, actionUrl, log, maxBodyBytes), reader, handler, writer);
  }

  /** The bound it was built with: {@link ActionEndpoint#DEFAULT_MAX_BODY_BYTES} by default. */
  @Override
  public int maxBodyBytes() {
    return flow.maxBodyBytes();
  }

  @Override
  public HubSpotResponse handle(HubSpotRequest request) {
    return flow.handle(
        request,
        body -> {
          ExecutionRequest execution = ExecutionRequest.parse(body);
          I input = reader.read(execution);
          ExecutionResult<O> result = handler.execute(input, execution.context());
          if (result == null) {
            throw new IllegalStateException("the action's handler returned no result");
          }
          return ResultJson.response(result, writer);
        });
  }
}
