/**
 * The ways the warm JVM ({@link WarmCompiler}) compiles the edited class, each in turn: as an IDE or a Gradle daemon
 * does, javac already JIT-compiled, and a class loader over the processor path made for each compilation (Gradle
 * does; javac itself does for {@code -processorpath}) or kept across compilations.
 */
enum WarmConfig {
  NONE("-proc:none"),
  /** {@code NoopProcessor} from a new class loader per compilation: javac's own processing cost, warm. */
  NOOP("no-op, new loader"),
  /** hubspot-apt from a new class loader over its jar per compilation: its classes load and run cold every time. */
  NEW_LOADER("hubspot-apt, new loader"),
  /** hubspot-apt from one class loader kept across compilations (new processor instances each time). */
  KEPT_LOADER("hubspot-apt, loader kept");

  final String label;

  WarmConfig(String label) {
    this.label = label;
  }

  boolean isHubSpot() {
    return this == NEW_LOADER || this == KEPT_LOADER;
  }
}
