/**
 * hubspot-apt at run time: what the code generated from an app's annotations needs to answer HubSpot's requests
 * (webhook batches, workflow-action executions, card back ends) verified and typed. Only jackson-core beside the JDK;
 * the adapter for the JDK's HTTP server needs {@code jdk.httpserver}, which every JDK has.
 */
module io.github.hubspotapt.runtime {
  requires com.fasterxml.jackson.core;
  requires static jdk.httpserver;
  requires transitive java.net.http;

  exports io.github.hubspotapt.runtime;
  exports io.github.hubspotapt.runtime.action;
}
