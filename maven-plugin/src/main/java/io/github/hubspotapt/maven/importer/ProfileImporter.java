package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.AnnotationSpec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code hsprofile.<name>.json} directly in the source folder: a {@code @Profile} for the app
 * class, each variable a {@code @Variable} with the JSON type of its value, in the file's order, as
 * the processor writes the file back ({@code accountId}, then {@code variables}). A profile without
 * a usable {@code accountId} gives no {@code @Profile}: the member has no default.
 */
final class ProfileImporter {

  private static final String ACCOUNT_ID = "accountId";

  private ProfileImporter() {}

  /**
   * @param name the profile's name, from the file name
   * @param file the file's JSON object; what it cannot express is refused on it
   * @return the {@code @Profile}, or empty when the file has no accountId the annotation can hold
   */
  static Optional<AnnotationSpec> read(String name, JsonFields file) {
    file.require(ACCOUNT_ID, "@Profile(accountId)");
    Optional<Long> accountId = accountId(file);
    List<AnnotationSpec> variables = new ArrayList<>();
    file.object("variables")
        .ifPresent(
            values -> {
              for (String variable : values.keys()) {
                variable(values, variable).ifPresent(variables::add);
              }
            });
    return accountId.map(
        account ->
            Annotation.of("Profile")
                .string("name", name)
                .longInteger(ACCOUNT_ID, account)
                .annotations("variables", variables)
                .build());
  }

  private static Optional<Long> accountId(JsonFields file) {
    Object value = file.raw(ACCOUNT_ID);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Integer || value instanceof Long) {
      return Optional.of(((Number) value).longValue());
    }
    file.refuse(
        ACCOUNT_ID,
        "accountId "
            + JsonMemberText.of(value)
            + " is not a whole number that fits a long;"
            + " @Profile(accountId) is the number of the HubSpot account the profile uploads to");
    return Optional.empty();
  }

  /**
   * A string, number or boolean, the JSON types HubSpot's parser allows a variable; anything else
   * is refused.
   */
  private static Optional<AnnotationSpec> variable(JsonFields values, String name) {
    Object value = values.raw(name);
    Annotation variable = Annotation.of("Variable").string("name", name);
    if (value instanceof String text) {
      return Optional.of(variable.string("value", text).build());
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof BigDecimal) {
      return Optional.of(
          variable
              .string("value", value.toString())
              .constant("type", "VariableType", "NUMBER")
              .build());
    }
    if (value instanceof Boolean) {
      return Optional.of(
          variable
              .string("value", value.toString())
              .constant("type", "VariableType", "BOOLEAN")
              .build());
    }
    values.refuse(
        name,
        "the value "
            + JsonMemberText.of(value)
            + " is no string, number or boolean, the only values"
            + " @Variable (and HubSpot's parser) allow a profile variable");
    return Optional.empty();
  }
}
