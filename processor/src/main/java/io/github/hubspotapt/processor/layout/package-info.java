/**
 * The layout of a HubSpot project folder that the processor writes and hubspot-apt's Maven plugin
 * reads and keeps in sync: its file names, which paths may be written, the manifest of what was
 * written, and the atomic write. One owner, so that the two cannot drift; the plugin uses these
 * classes from the processor's jar, where the package is not relocated. The JDK alone, no shaded
 * library, so that the plugin gets nothing else with them.
 */
package io.github.hubspotapt.processor.layout;
