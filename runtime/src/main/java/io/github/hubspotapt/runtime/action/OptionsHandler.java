package io.github.hubspotapt.runtime.action;

/**
 * The application's code that lists the options of an input field with an {@code optionsUrl}.
 * Exceptions are answered as {@link ActionHandler} describes (429, 422 or 500), logged and never
 * sent.
 */
@FunctionalInterface
public interface OptionsHandler {

  /**
   * Lists options.
   *
   * @param request what the workflow's author is editing
   * @return the options, not null
   * @throws Exception when they cannot be listed
   */
  OptionsResponse fetch(OptionsRequest request) throws Exception;
}
