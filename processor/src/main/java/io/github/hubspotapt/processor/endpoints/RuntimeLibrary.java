package io.github.hubspotapt.processor.endpoints;

import com.palantir.javapoet.ClassName;
import javax.lang.model.util.Elements;

/**
 * The run-time artifact (hubspot-apt-runtime) as the generated code sees it. Code that answers
 * HubSpot's requests is generated only where the compilation has that artifact on its class path: a
 * project that uses the annotations for its HubSpot project alone compiles as before, and its
 * handler methods are not held to the binding rules.
 */
public final class RuntimeLibrary {

  static final String PACKAGE = "io.github.hubspotapt.runtime";
  static final ClassName ENDPOINTS = ClassName.get(PACKAGE, "HubSpotEndpoints");
  static final ClassName ENDPOINT = ClassName.get(PACKAGE, "HubSpotEndpoint");
  static final ClassName REQUEST_LOG = ClassName.get(PACKAGE, "RequestLog");
  static final ClassName REQUEST_VERIFIER = ClassName.get(PACKAGE, "RequestVerifier");
  static final ClassName MALFORMED = ClassName.get(PACKAGE, "MalformedRequestException");
  static final ClassName SIGNATURE_VERIFIER =
      ClassName.get(PACKAGE + ".signature", "SignatureVerifier");
  static final ClassName PERMITTED_FETCH_VERIFIER =
      ClassName.get(PACKAGE + ".signature", "PermittedFetchVerifier");
  static final ClassName WEBHOOK_EVENT = ClassName.get(PACKAGE + ".webhook", "WebhookEvent");
  static final ClassName WEBHOOK_ROUTE = ClassName.get(PACKAGE + ".webhook", "WebhookRoute");
  static final ClassName WEBHOOK_ENDPOINT = ClassName.get(PACKAGE + ".webhook", "WebhookEndpoint");
  static final ClassName WEBHOOK_LIMITS = ClassName.get(PACKAGE + ".webhook", "WebhookLimits");
  static final ClassName EXECUTION_REQUEST = ClassName.get(PACKAGE + ".action", "ExecutionRequest");
  static final ClassName INPUT_VALUES = ClassName.get(PACKAGE + ".action", "InputValues");
  static final ClassName OUTPUT_FIELDS = ClassName.get(PACKAGE + ".action", "OutputFields");
  static final ClassName ACTION_HANDLER = ClassName.get(PACKAGE + ".action", "ActionHandler");
  static final ClassName ACTION_ENDPOINT = ClassName.get(PACKAGE + ".action", "ActionEndpoint");
  static final ClassName OPTIONS_HANDLER = ClassName.get(PACKAGE + ".action", "OptionsHandler");
  static final ClassName OPTIONS_ENDPOINT = ClassName.get(PACKAGE + ".action", "OptionsEndpoint");

  private RuntimeLibrary() {}

  /** Whether the compilation can see the run-time artifact. */
  public static boolean present(Elements elements) {
    return elements.getTypeElement(ENDPOINTS.canonicalName()) != null;
  }
}
