package io.github.hubspotapt.runtime.action;

import java.util.Map;

/**
 * Turns an action's output record into its output fields, strings by name; the code generated for
 * an action implements it with {@link OutputFields}. The same writer serves the response and {@link
 * CallbackCompletion}.
 *
 * @param <O> the output type
 */
@FunctionalInterface
public interface OutputWriter<O> {

  /**
   * The output fields of one output.
   *
   * @param output the output, not null
   * @return the fields by output field name; a field without a value is left out
   */
  Map<String, String> write(O output);
}
