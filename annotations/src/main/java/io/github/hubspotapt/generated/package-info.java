/**
 * The annotation hubspot-apt's processor puts on the classes it generates: {@link
 * io.github.hubspotapt.generated.Generated}. Nothing here is written by hand.
 */
package io.github.hubspotapt.generated;
