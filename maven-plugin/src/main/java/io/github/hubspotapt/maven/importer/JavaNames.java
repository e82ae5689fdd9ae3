package io.github.hubspotapt.maven.importer;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Java names for HubSpot's uids, field names and option values. */
final class JavaNames {

  private JavaNames() {}

  /** {@code acme_invoice_status} with suffix {@code Card}: {@code AcmeInvoiceStatusCard}. */
  static String typeName(String text, String suffix) {
    String words = upperCamel(text);
    String name = words.endsWith(suffix) ? words : words + suffix;
    return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "_" + name;
  }

  /** {@code invoice-number}: {@code invoiceNumber}; a Java keyword gets a trailing underscore. */
  static String memberName(String text) {
    String camel = upperCamel(text);
    String name =
        camel.isEmpty() ? "field" : Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
    if (!Character.isJavaIdentifierStart(name.charAt(0))) {
      name = "_" + name;
    }
    return SourceVersion.isKeyword(name) ? name + "_" : name;
  }

  /** An option value as an enum constant: {@code high-priority} is {@code HIGH_PRIORITY}. */
  static String constantName(String value) {
    String snake =
        value
            .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
            .replaceAll("[^A-Za-z0-9]+", "_")
            .replaceAll("^_+|_+$", "")
            .toUpperCase(Locale.ROOT);
    if (snake.isEmpty()) {
      snake = "VALUE";
    }
    return Character.isJavaIdentifierStart(snake.charAt(0)) ? snake : "_" + snake;
  }

  /**
   * {@code name}, else {@code name} with {@code separator} and the first number from 2 on that
   * {@code taken} does not hold yet; added to {@code taken}. Two HubSpot names can give one Java
   * name ({@code first-name} and {@code first_name}).
   */
  static String free(String name, String separator, Set<String> taken) {
    String free = name;
    for (int i = 2; !taken.add(free); i++) {
      free = name + separator + i;
    }
    return free;
  }

  private static String upperCamel(String text) {
    StringBuilder name = new StringBuilder();
    boolean upper = true;
    for (char c : text.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }
}
