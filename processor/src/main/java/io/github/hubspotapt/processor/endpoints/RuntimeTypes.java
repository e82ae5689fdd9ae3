package io.github.hubspotapt.processor.endpoints;

import com.palantir.javapoet.ClassName;

/**
 * The run-time artifact's types that the generated code names. Apart from {@link RuntimeLibrary},
 * so that a compilation without the artifact loads no javapoet class to find that out.
 */
final class RuntimeTypes {

  static final ClassName ENDPOINTS = ClassName.get(RuntimeLibrary.PACKAGE, "HubSpotEndpoints");
  static final ClassName ENDPOINT = ClassName.get(RuntimeLibrary.PACKAGE, "HubSpotEndpoint");
  static final ClassName REQUEST_LOG = ClassName.get(RuntimeLibrary.PACKAGE, "RequestLog");
  static final ClassName REQUEST_VERIFIER =
      ClassName.get(RuntimeLibrary.PACKAGE, "RequestVerifier");
  static final ClassName MALFORMED =
      ClassName.get(RuntimeLibrary.PACKAGE, "MalformedRequestException");
  static final ClassName SIGNATURE_VERIFIER =
      ClassName.get(RuntimeLibrary.PACKAGE + ".signature", "SignatureVerifier");
  static final ClassName PERMITTED_FETCH_VERIFIER =
      ClassName.get(RuntimeLibrary.PACKAGE + ".signature", "PermittedFetchVerifier");
  static final ClassName WEBHOOK_EVENT =
      ClassName.get(RuntimeLibrary.PACKAGE + ".webhook", "WebhookEvent");
  static final ClassName WEBHOOK_ROUTE =
      ClassName.get(RuntimeLibrary.PACKAGE + ".webhook", "WebhookRoute");
  static final ClassName WEBHOOK_ENDPOINT =
      ClassName.get(RuntimeLibrary.PACKAGE + ".webhook", "WebhookEndpoint");
  static final ClassName WEBHOOK_LIMITS =
      ClassName.get(RuntimeLibrary.PACKAGE + ".webhook", "WebhookLimits");
  static final ClassName EXECUTION_REQUEST =
      ClassName.get(RuntimeLibrary.PACKAGE + ".action", "ExecutionRequest");
  static final ClassName INPUT_VALUES =
      ClassName.get(RuntimeLibrary.PACKAGE + ".action", "InputValues");
  static final ClassName OUTPUT_FIELDS =
      ClassName.get(RuntimeLibrary.PACKAGE + ".action", "OutputFields");
  static final ClassName ACTION_HANDLER =
      ClassName.get(RuntimeLibrary.PACKAGE + ".action", "ActionHandler");
  static final ClassName ACTION_ENDPOINT =
      ClassName.get(RuntimeLibrary.PACKAGE + ".action", "ActionEndpoint");
  static final ClassName OPTIONS_HANDLER =
      ClassName.get(RuntimeLibrary.PACKAGE + ".action", "OptionsHandler");
  static final ClassName OPTIONS_ENDPOINT =
      ClassName.get(RuntimeLibrary.PACKAGE + ".action", "OptionsEndpoint");

  private RuntimeTypes() {}
}
