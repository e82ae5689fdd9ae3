package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The {@code support} block of {@code app-hsmeta.json}; only used inside {@link HubSpotApp#support()}. Empty means absent. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Support {

  /** A valid e-mail address. */
  String supportEmail() default "";

  /** An HTTPS URL. */
  String documentationUrl() default "";

  /** An HTTPS URL. */
  String supportUrl() default "";

  /** International format starting with {@code +}, e.g. {@code +18005555555}. */
  String supportPhone() default "";
}
