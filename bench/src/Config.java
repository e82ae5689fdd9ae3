/** The ways each size is compiled. */
enum Config {
  NONE("-proc:none"),
  NOOP("no-op processor"),
  /** The no-op processor writing one trivial source file: what javac charges any processor that generates code. */
  NOOP_SOURCE("no-op + 1 source"),
  HUBSPOT("hubspot-apt"),
  /** hubspot-apt with -Ahubspot.oauthHelper=false: no generated source, so no extra javac round. */
  HUBSPOT_NO_HELPER("no OAuth helper"),
  /** One changed card recompiled alone against the full build's classes, as an IDE or Gradle does: no processing. */
  ONE_CARD_NONE("1 card, -proc:none"),
  /** ... with hubspot-apt, into the full build's class and generated-sources folders. */
  ONE_CARD_HUBSPOT("1 card, hubspot-apt"),
  /** ... the first such compilation after a full build (what the full build kept is all it has). */
  ONE_CARD_FIRST("1 card, first after full build"),
  /** One webhook handler whose method body changed, its annotations not, recompiled alone: no processing. */
  ONE_HANDLER_NONE("1 handler, -proc:none"),
  /** ... with hubspot-apt, as ONE_CARD_HUBSPOT. */
  ONE_HANDLER_HUBSPOT("1 handler, hubspot-apt"),
  /** ... the first such compilation after a full build, as ONE_CARD_FIRST. */
  ONE_HANDLER_FIRST("1 handler, first after full build");

  final String label;

  Config(String label) {
    this.label = label;
  }

  boolean isHubSpot() {
    return this == HUBSPOT || this == HUBSPOT_NO_HELPER || this == ONE_CARD_HUBSPOT || this == ONE_CARD_FIRST
        || this == ONE_HANDLER_HUBSPOT || this == ONE_HANDLER_FIRST;
  }
}
