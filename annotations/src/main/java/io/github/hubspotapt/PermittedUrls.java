package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The {@code permittedUrls} block of {@code app-hsmeta.json}; only used inside {@link HubSpotApp#permittedUrls()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface PermittedUrls {

  /** Origins UI extensions may call with {@code hubspot.fetch}: HTTPS, never localhost. */
  String[] fetch() default {};

  /** Pages UI extensions may open in an iframe: HTTPS. */
  String[] iframe() default {};

  /** Hosts UI extensions may load images from: HTTPS. */
  String[] img() default {};
}
