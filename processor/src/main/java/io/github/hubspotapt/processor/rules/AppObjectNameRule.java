package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.vocabulary.ObjectTypeSyntax;
import java.util.Locale;

/**
 * HubSpot's app-object reference: the approved object name is UPPER_SNAKE_CASE ({@code CAR}, {@code
 * MY_OBJECT}).
 */
final class AppObjectNameRule implements Rule {

  /**
   * Upper-case words joined by single underscores; checked without a repeated regex group (long
   * input).
   */
  private static boolean isUpperSnake(String name) {
    return ObjectTypeSyntax.isUpperCaseName(name) && !name.contains("__") && !name.endsWith("_");
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (AppObject object : project.features(AppObject.class)) {
      String name = object.name().value();
      if (name != null && !isUpperSnake(name)) {
        String fixed =
            name.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("^_+|_+$", "")
                .toUpperCase(Locale.ROOT);
        diagnostics.report(
            RuleId.APP_OBJECT_NAME,
            object.name().origin(),
            "app object name "
                + Quote.of(name)
                + " is not UPPER_SNAKE_CASE"
                + (fixed.isEmpty() ? "" : " (did you mean " + fixed + "?)"));
      }
    }
  }
}
