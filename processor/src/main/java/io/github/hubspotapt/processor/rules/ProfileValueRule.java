package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.ProfileVariable;
import java.util.List;

/**
 * HubSpot's parser allows a profile variable only a string, number or boolean value
 * (project-parsing-lib 0.23.0, {@code profiles.js}, in its own words); a {@code @Variable}'s value
 * must also read as the type it declares.
 */
final class ProfileValueRule implements ProfileRule {

  @Override
  public void check(List<Profile> profiles, Diagnostics diagnostics) {
    for (Profile profile : profiles) {
      for (ProfileVariable variable : profile.variables()) {
        String name = variable.name().value();
        String text = variable.text().value();
        if (name == null || text == null || variable.typed() != null) {
          continue;
        }
        String message =
            switch (variable.kind()) {
              case NUMBER ->
                  "variable "
                      + name
                      + " is a NUMBER, but its value "
                      + Quote.of(text)
                      + " is not a JSON number, e.g. \"10\" or \"2.5\"";
              case BOOLEAN ->
                  "variable "
                      + name
                      + " is a BOOLEAN, but its value "
                      + Quote.of(text)
                      + " is neither \"true\" nor \"false\"";
              default ->
                  "Invalid value for "
                      + name
                      + ". Value must be a string, number, or boolean. (it is "
                      + text
                      + ")";
            };
        ProfileRule.reportIn(
            diagnostics, RuleId.PROFILE_VALUE, profile, variable.text().origin(), message);
      }
    }
  }
}
