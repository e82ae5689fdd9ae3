import java.util.List;
import java.util.function.BiFunction;

/**
 * An edit that an IDE or Gradle recompiles alone against the full build's classes (issue #18): the first class of
 * {@code kind} (by path), how repetition {@code rep} (1, 2, ...) changes its source, and the configurations it is
 * timed in, with {@code -proc:none} and with hubspot-apt, the latter also as the first compilation after a full build.
 */
record IdeEdit(String label, ComponentKind kind, Config none, Config hubspot, Config first,
    BiFunction<String, Integer, String> change) {

  static final List<IdeEdit> ALL = List.of(
      // Another description: the card's model, and so its file, change.
      new IdeEdit("changed card", ComponentKind.CARD, Config.ONE_CARD_NONE, Config.ONE_CARD_HUBSPOT,
          Config.ONE_CARD_FIRST,
          (source, rep) -> source.replaceFirst("(name = \"Card \\d+\")", "$1, description = \"Edit " + rep + "\"")),
      // Business logic in the @WebhookSubscription method, the most frequent edit: its annotations, so its model,
      // stay the same.
      new IdeEdit("edited handler method", ComponentKind.WEBHOOK_SUBSCRIPTION, Config.ONE_HANDLER_NONE,
          Config.ONE_HANDLER_HUBSPOT, Config.ONE_HANDLER_FIRST, (source, rep) -> source.replace("events += value == null ? 0 : 1;",
              "events += value == null ? 0 : " + (rep + 1) + ";")));

  /** The file pattern of the kind's classes ({@code Card12.java}). */
  String fileRegex() {
    return kind.classPrefix + "\\d+\\.java";
  }

  /** {@code source} as repetition {@code rep} edits it; fails if the edit no longer finds what it changes. */
  String edited(String source, int rep) {
    String edited = change.apply(source, rep);
    if (edited.equals(source)) {
      throw new IllegalStateException("the " + label + " edit does not match the generated " + kind.singular);
    }
    return edited;
  }
}
