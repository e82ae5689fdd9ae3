import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a size's synthetic project: the app class, the plain classes and the components ({@link ComponentKind}
 * generates those), {@value #CLASSES_PER_PACKAGE} classes per package, and javac's argument file listing them.
 */
final class ProjectGenerator {

  static final int CLASSES_PER_PACKAGE = 500;

  private ProjectGenerator() {}

  /** Writes the sources of {@code size} and returns javac's argument file listing them. */
  static Path generate(Size size, Path src) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(write(src, "bench", "BenchApp", appSource(size)));
    for (int n = 1; n <= size.plain(); n++) {
      String pkg = "bench.plain.p" + (n - 1) / CLASSES_PER_PACKAGE;
      files.add(write(src, pkg, "Plain" + n, plainClass(pkg, n)));
    }
    for (Map.Entry<ComponentKind, Integer> entry : size.components().entrySet()) {
      ComponentKind kind = entry.getKey();
      for (int n = 1; n <= entry.getValue(); n++) {
        String pkg = "bench." + kind.name().toLowerCase(Locale.ROOT) + ".p" + (n - 1) / CLASSES_PER_PACKAGE;
        files.add(write(src, pkg, kind.classPrefix + n, kind.source(pkg, n)));
      }
    }
    Path argfile = src.resolveSibling("sources.txt");
    Files.write(argfile, files.stream().map(p -> "\"" + p.toAbsolutePath().toString().replace("\\", "\\\\") + "\"")
        .toList());
    return argfile;
  }

  /**
   * The {@code @HubSpotApp} class. A size with only cards (size a) gets a static private app, as before the other
   * kinds existed; a size with app events an OAuth marketplace app (HS-FEATURE-DISTRIBUTION), with a redirect URL
   * and support contacts. Either requests the scopes its components need (HS-OBJECT-SCOPE, HS-WEBHOOK-SCOPE,
   * HS-APP-EVENT-SCOPE), so that no size gets a warning.
   */
  private static String appSource(Size size) {
    boolean marketplace = size.needsMarketplace();
    Set<String> scopes = new LinkedHashSet<>();
    if (marketplace) {
      scopes.add("oauth");
    }
    size.components().forEach((kind, count) -> {
      if (count > 0) {
        scopes.addAll(kind.scopes);
      }
    });
    if (!marketplace) {
      return """
          package bench;

          import io.github.hubspotapt.Auth;
          import io.github.hubspotapt.AuthType;
          import io.github.hubspotapt.Distribution;
          import io.github.hubspotapt.HubSpotApp;

          @HubSpotApp(uid = "bench_app", name = "Bench App", description = "Synthetic app of the hubspot-apt benchmark.",
              distribution = Distribution.PRIVATE)
          @Auth(type = AuthType.STATIC, requiredScopes = %s)
          public final class BenchApp {}
          """.formatted(scopeList(scopes));
    }
    return """
        package bench;

        import io.github.hubspotapt.Auth;
        import io.github.hubspotapt.AuthType;
        import io.github.hubspotapt.Distribution;
        import io.github.hubspotapt.HubSpotApp;
        import io.github.hubspotapt.Support;

        @HubSpotApp(uid = "bench_app", name = "Bench App", description = "Synthetic app of the hubspot-apt benchmark.",
            distribution = Distribution.MARKETPLACE,
            support = @Support(supportEmail = "support@bench-app.example", supportUrl = "https://bench-app.example/support"))
        @Auth(type = AuthType.OAUTH, redirectUrls = "https://bench-app.example/hubspot/oauth/callback",
            requiredScopes = %s)
        public final class BenchApp {}
        """.formatted(scopeList(scopes));
  }

  /** {@code "a"} for one scope, else {@code {"a", "b", ...}}, wrapped before 120 columns (in the OAuth app's layout). */
  private static String scopeList(Collection<String> scopes) {
    String indent = "        ";
    if (scopes.size() == 1) {
      return "\"" + scopes.iterator().next() + "\"";
    }
    StringBuilder list = new StringBuilder("{");
    int column = indent.length() + "requiredScopes = {".length();
    boolean first = true;
    for (String scope : scopes) {
      String item = (first ? "" : ", ") + "\"" + scope + "\"";
      if (!first && column + item.length() > 110) {
        list.append(",\n").append(indent);
        item = "\"" + scope + "\"";
        column = indent.length();
      }
      list.append(item);
      column += item.length();
      first = false;
    }
    return list.append("}").toString();
  }

  private static Path write(Path src, String pkg, String name, String source) throws IOException {
    Path file = src.resolve(pkg.replace('.', '/')).resolve(name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    return file;
  }

  /**
   * A plain class with the usual javac work: fields, a constructor, accessors, a loop, a lambda pipeline, a string
   * format, equals/hashCode with a pattern match, and a reference to the previous class of its package.
   */
  private static String plainClass(String pkg, int n) {
    String name = "Plain" + n;
    boolean hasPrevious = (n - 1) % CLASSES_PER_PACKAGE != 0;
    String previous = hasPrevious ? """

          public Plain%1$d previous() {
            return new Plain%1$d(name, count - 1);
          }
        """.formatted(n - 1) : "";
    return """
        package %1$s;

        import java.util.ArrayList;
        import java.util.List;
        import java.util.Objects;
        import java.util.stream.Collectors;

        /** Plain class %3$d of the benchmark: no HubSpot annotation. */
        public final class %2$s {

          private final String name;
          private final int count;
          private final List<String> tags = new ArrayList<>();

          public %2$s(String name, int count) {
            this.name = Objects.requireNonNull(name, "name");
            this.count = count;
          }

          public String name() {
            return name;
          }

          public int count() {
            return count;
          }

          public %2$s tag(String tag) {
            tags.add(tag);
            return this;
          }

          public int score() {
            int score = 0;
            for (String tag : tags) {
              score += tag.length() * count;
            }
            return score;
          }

          public List<String> upperTags() {
            return tags.stream().filter(t -> !t.isBlank()).map(String::toUpperCase).sorted().collect(Collectors.toList());
          }

          public String describe() {
            return String.format("%%s(%%d): %%s", name, count, String.join(", ", tags));
          }
        %4$s
          @Override
          public boolean equals(Object o) {
            return o instanceof %2$s other && name.equals(other.name) && count == other.count && tags.equals(other.tags);
          }

          @Override
          public int hashCode() {
            return Objects.hash(name, count, tags);
          }
        }
        """.formatted(pkg, name, n, previous);
  }
}
