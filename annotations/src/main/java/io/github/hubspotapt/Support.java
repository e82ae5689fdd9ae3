package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The support contact shown with the app: the {@code config.support} block of {@code
 * src/app/app-hsmeta.json}; only used inside {@link HubSpotApp#support()}. Each member is optional
 * and left out of the file when empty; when all are empty the whole block is left out. A
 * marketplace listing needs real support details.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Support {

  /**
   * {@return the support e-mail address} Written as {@code support.supportEmail}; must be an e-mail
   * address.
   */
  String supportEmail() default "";

  /**
   * {@return the app's documentation} Written as {@code support.documentationUrl}; must be an https
   * URL.
   */
  String documentationUrl() default "";

  /**
   * {@return the app's support page} Written as {@code support.supportUrl}; must be an https URL.
   */
  String supportUrl() default "";

  /**
   * {@return the support phone number} Written as {@code support.supportPhone}: international
   * format, a {@code +} and 7 to 15 digits (which may be grouped by spaces or hyphens), for example
   * {@code +18005555555}.
   */
  String supportPhone() default "";
}
