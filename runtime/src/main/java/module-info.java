/**
 * hubspot-apt at run time: what the code generated from an app's annotations needs to answer
 * HubSpot's requests (webhook batches, workflow-action executions, card back ends) verified and
 * typed, and to call HubSpot back (OAuth tokens, callback completions). Only jackson-core beside
 * the JDK; the adapter for the JDK's HTTP server needs {@code jdk.httpserver}, which every JDK has.
 */
module io.github.hubspotapt.runtime {
  requires com.fasterxml.jackson.core;
  // Static: needed only by the JDK adapter; transitive: its API takes the JDK's HttpServer.
  requires static transitive jdk.httpserver;
  // Transitive: CallbackCompletion's API returns java.net.http requests; the OAuth and callback
  // clients send them.
  requires transitive java.net.http;

  exports io.github.hubspotapt.runtime;
  exports io.github.hubspotapt.runtime.action;
  exports io.github.hubspotapt.runtime.event;
  exports io.github.hubspotapt.runtime.jdk;
  exports io.github.hubspotapt.runtime.oauth;
  exports io.github.hubspotapt.runtime.signature;
  exports io.github.hubspotapt.runtime.webhook;
}
