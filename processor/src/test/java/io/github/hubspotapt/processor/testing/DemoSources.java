package io.github.hubspotapt.processor.testing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Source files of package {@code demo} for the tests that run javac on real folders ({@link
 * FileCompiler}): a static-auth private app and a contacts card, written as a team would write
 * them.
 */
public final class DemoSources {

  /** {@code demo.Acme} with only the {@code oauth} scope. */
  public static final String ACME = staticApp("Acme", "oauth");

  /** {@code demo.Acme} with the scope that contacts cards need. */
  public static final String ACME_FOR_CARDS =
      staticApp("Acme", "oauth", "crm.objects.contacts.read");

  private DemoSources() {}

  /** A private static-auth app in class {@code demo.<name>}, uid {@code name} in lower case. */
  public static String staticApp(String name, String... requiredScopes) {
    String scopes =
        Arrays.stream(requiredScopes)
            .map(scope -> "\"" + scope + "\"")
            .collect(Collectors.joining(", "));
    return """
        package demo;
        import io.github.hubspotapt.*;
        @HubSpotApp(uid = "%s", name = "%s", description = "%s app.", distribution = Distribution.PRIVATE)
        @Auth(type = AuthType.STATIC, requiredScopes = %s)
        public class %s {}
        """
        .formatted(
            name.toLowerCase(Locale.ROOT),
            name,
            name,
            requiredScopes.length == 1 ? scopes : "{" + scopes + "}",
            name);
  }

  /**
   * Puts the app {@link #ACME_FOR_CARDS} and the cards Invoices, Payments and Refunds into {@code
   * sources} (by path under src/), where it has none of that path yet.
   */
  public static void putAppWithCards(java.util.Map<String, String> sources) {
    sources.putIfAbsent("demo/Acme.java", ACME_FOR_CARDS);
    for (String card : java.util.List.of("Invoices", "Payments", "Refunds")) {
      sources.putIfAbsent("demo/" + card + ".java", card(card));
    }
  }

  /**
   * A card on contacts' record tab in class {@code demo.<className>}, named "{@code <className>}
   * card".
   */
  public static String card(String className) {
    return """
        package demo;
        import io.github.hubspotapt.*;
        @Card(uid = "%1$s", name = "%1$s card", location = "crm.record.tab", entrypoint = "/app/cards/%1$s.tsx",
            objectTypes = "contacts")
        public class %1$s {}
        """
        .formatted(className);
  }
}
