/** The ways each size is compiled. */
enum Config {
  NONE("-proc:none"),
  NOOP("no-op processor"),
  /** The no-op processor writing one trivial source file: what javac charges any processor that generates code. */
  NOOP_SOURCE("no-op + 1 source"),
  HUBSPOT("hubspot-apt"),
  /** hubspot-apt with -Ahubspot.oauthHelper=false: no generated source, so no extra javac round. */
  HUBSPOT_NO_HELPER("no OAuth helper");

  final String label;

  Config(String label) {
    this.label = label;
  }

  boolean isHubSpot() {
    return this == HUBSPOT || this == HUBSPOT_NO_HELPER;
  }
}
