package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.EventProperty;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template token names an event property: {@code {{webinarName}}}, or the argument of a block
 * helper such as {@code {{#formatDate timestamp}}}. HubSpot rejects occurrences with undeclared
 * properties, so a typo in a token is caught here. The occurrence's {@code timestamp} and {@code
 * extraData} (and the fields of {@code extraData}) are every event's own.
 */
final class AppEventTokenRule implements Rule {

  /**
   * {{...}}; its words are then split apart in code, as a repeated regex group overflows on long
   * templates.
   */
  private static final Pattern TOKEN = Pattern.compile("\\{\\{([^{}]*)}}");

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

  /**
   * Values of every occurrence, not properties: HubSpot's own template formats the occurrence's
   * timestamp, and its timeline-template docs give a template the occurrence's {@code extraData}
   * ({@code {{extraData.somethingExtra}}}, {@code {{#each extraData.items}}}).
   */
  static final Set<String> BUILT_IN = Set.of("extraData", "timestamp");

  /** Handlebars' own words, not property names. */
  private static final Set<String> KEYWORDS = Set.of("else", "this");

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (AppEvent event : project.features(AppEvent.class)) {
      Set<String> declared = new HashSet<>();
      for (EventProperty property : event.properties()) {
        declared.add(property.name().value());
      }
      declared.addAll(BUILT_IN);
      check(event.headerTemplate(), declared, diagnostics);
      check(event.detailTemplate(), declared, diagnostics);
    }
  }

  /**
   * The property names a token uses: {@code name} itself, or the arguments of a block helper {@code
   * #helper a b}; closing tags ({@code /helper}), comments ({@code !}) and anything else are not
   * property references.
   */
  private static List<String> propertyNames(String content) {
    List<String> words = List.of(content);
    if (content.startsWith("#")) {
      String[] helper = content.substring(1).strip().split("\\s+"); // never empty: "" gives [""]
      words = Arrays.asList(helper).subList(1, helper.length);
    }
    List<String> names = new ArrayList<>();
    for (String word : words) {
      if (IDENTIFIER.matcher(word).matches() && !KEYWORDS.contains(word)) {
        names.add(word.contains(".") ? word.substring(0, word.indexOf('.')) : word);
      }
    }
    return names;
  }

  private static void check(
      Located<String> template, Set<String> declared, Diagnostics diagnostics) {
    if (template.value() == null) {
      return;
    }
    Matcher token = TOKEN.matcher(template.value());
    int eachDepth = 0;
    while (token.find()) {
      String content = token.group(1).strip();
      List<String> names = eachDepth > 0 ? List.of() : propertyNames(content);
      // Inside {{#each list}} tokens name the fields of the list's items, which the event does not
      // declare.
      if (content.startsWith("#each")) {
        eachDepth++;
      } else if (content.startsWith("/each") && eachDepth > 0) {
        eachDepth--;
      }
      for (String name : names) {
        if (!declared.contains(name)) {
          diagnostics.report(
              RuleId.APP_EVENT_TOKEN,
              template.origin(),
              "template token {{"
                  + token.group(1)
                  + "}} uses "
                  + Quote.of(name)
                  + ", which is not a property of the event (declared: "
                  + String.join(", ", declared.stream().sorted().toList())
                  + ")"
                  + Suggestions.didYouMean(name, declared));
        }
      }
    }
  }
}
