import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One project size: {@code plain} classes without a HubSpot annotation, the components of each kind, and the app
 * class (always one). {@code reps} is the default number of timed repetitions per configuration.
 */
record Size(String id, String label, int plain, Map<ComponentKind, Integer> components, int reps) {

  /** HubSpot's limit of app event types per app (HS-APP-EVENT-LIMITS is an error past it). */
  static final int MAX_APP_EVENTS = 750;

  static final List<Size> ALL = List.of(
      new Size("a", "1 app, 1 card", 0, Map.of(ComponentKind.CARD, 1), 10),
      new Size("b", "100 classes, 20 components", 79, mix(20), 7),
      new Size("c", "1,000 classes, 200 components", 799, mix(200), 5),
      new Size("d2500", "2,500 components", 0, mix(2_500), 3),
      new Size("d5000", "5,000 components", 0, mix(5_000), 3),
      new Size("d", "10,000 components", 0, mix(10_000), 3));

  Size {
    components = new EnumMap<>(components);
  }

  static Size byId(String id) {
    return ALL.stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown size " + id));
  }

  /**
   * {@code total} components of the four kinds in equal shares (issue #7: cards, workflow actions, webhook
   * subscriptions, app events), except that app events stop at HubSpot's 750 per app; the others share the rest
   * equally (the first kinds get the remainder).
   */
  static Map<ComponentKind, Integer> mix(int total) {
    Map<ComponentKind, Integer> mix = new EnumMap<>(ComponentKind.class);
    int events = Math.min(total / 4, MAX_APP_EVENTS);
    List<ComponentKind> others =
        List.of(ComponentKind.CARD, ComponentKind.WORKFLOW_ACTION, ComponentKind.WEBHOOK_SUBSCRIPTION);
    int rest = total - events;
    for (int k = 0; k < others.size(); k++) {
      mix.put(others.get(k), rest / others.size() + (k < rest % others.size() ? 1 : 0));
    }
    mix.put(ComponentKind.APP_EVENT, events);
    return mix;
  }

  int componentCount() {
    return components.values().stream().mapToInt(Integer::intValue).sum();
  }

  int classes() {
    return plain + componentCount() + 1;
  }

  /**
   * How many {@code *-hsmeta.json} files of each {@code type} the processor writes: the app's, and the files of each
   * kind (one webhooks file for all subscriptions).
   */
  Map<String, Integer> expectedTypes() {
    Map<String, Integer> byType = new TreeMap<>(Map.of("app", 1));
    components.forEach((kind, count) -> {
      if (kind.fileCount(count) > 0) {
        byType.merge(kind.hsmetaType, kind.fileCount(count), Integer::sum);
      }
    });
    return byType;
  }

  /** hsproject.json and the {@link #expectedTypes} files. */
  int expectedFileCount() {
    return 1 + expectedTypes().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** What HubSpot's parser should list, as {@link HubSpotParser#lastLine} condenses it: "APPLICATION 1, CARD 5, ...". */
  String expectedParserTypes() {
    Map<String, Integer> byType = new TreeMap<>(Map.of("APPLICATION", 1));
    components.forEach((kind, count) -> {
      int files = kind.fileCount(count);
      if (files > 0) {
        byType.merge(kind.parserType, files, Integer::sum);
      }
    });
    return byType.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  /** The components HubSpot's parser counts: the app and one per file but hsproject.json. */
  int parserComponents() {
    return expectedFileCount() - 1;
  }

  boolean needsMarketplace() {
    return components.entrySet().stream().anyMatch(e -> e.getValue() > 0 && e.getKey().needsMarketplace);
  }

  /** "5 cards, 5 workflow actions, ..." */
  String mix() {
    return components.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey().describe(e.getValue()))
        .collect(Collectors.joining(", "));
  }
}
