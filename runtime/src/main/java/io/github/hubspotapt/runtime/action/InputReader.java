package io.github.hubspotapt.runtime.action;

import io.github.hubspotapt.runtime.MalformedRequestException;

/**
 * Turns an execution request's input fields into the action's input record: the code generated for
 * a {@code @WorkflowAction} record implements it with one {@link InputValues} call per record
 * component.
 *
 * @param <I> the action's input record
 */
@FunctionalInterface
public interface InputReader<I> {

  /**
   * Reads the input of one request.
   *
   * @param request the request
   * @return the input
   * @throws MalformedRequestException when a required value is missing or a value does not convert
   */
  I read(ExecutionRequest request) throws MalformedRequestException;
}
