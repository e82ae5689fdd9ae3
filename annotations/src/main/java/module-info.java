/**
 * The annotations a HubSpot app is described with ({@link io.github.hubspotapt.HubSpotApp} and the
 * feature annotations), for the hubspot-apt annotation processor. They are needed only at compile
 * time and the module has no dependencies, so a module that uses them declares {@code requires
 * static io.github.hubspotapt;}.
 */
module io.github.hubspotapt {
  exports io.github.hubspotapt;
  exports io.github.hubspotapt.generated;
}
