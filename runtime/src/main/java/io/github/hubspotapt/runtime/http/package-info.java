/**
 * Calls to HubSpot's API, shared by the OAuth client and the callback sender (sending with retries,
 * reading HubSpot's JSON answers and error bodies, keeping secrets out of messages), and the JSON
 * text of every body the module writes. Not exported: the module's own plumbing.
 */
package io.github.hubspotapt.runtime.http;
