package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.AppFunction;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.regex.Pattern;

/**
 * HubSpot's function reference: {@code secretKeys} are "secret names to inject as environment
 * variables", so each is an environment-variable name. The message never repeats the value: a value
 * that is not a name may be a pasted secret.
 */
final class FunctionSecretKeyRule implements Rule {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (AppFunction function : project.features(AppFunction.class)) {
      for (Located<String> key : function.secretKeys()) {
        if (!NAME.matcher(key.value()).matches()) {
          diagnostics.report(
              RuleId.FUNCTION_SECRET_KEY,
              key.origin(),
              "this secret key is not an environment-variable name (letters, digits and '_', not starting with a"
                  + " digit), e.g. \"INVOICE_API_KEY\": HubSpot passes each secret to the function as an environment"
                  + " variable of that name; put the secret's value in HubSpot, never in code");
        }
      }
    }
  }
}
