package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The URLs the app's UI extensions may reach: the {@code config.permittedUrls} block of {@code
 * src/app/app-hsmeta.json}; only used inside {@link HubSpotApp#permittedUrls()}. All three lists
 * are always written, empty when not given, as in HubSpot's templates.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface PermittedUrls {

  /**
   * {@return the origins UI extensions may call with {@code hubspot.fetch}} Written as {@code
   * permittedUrls.fetch}: https URLs, never localhost (an error otherwise); an origin such as
   * {@code https://api.example.com} is enough.
   */
  String[] fetch() default {};

  /**
   * {@return the pages UI extensions may open in an iframe} Written as {@code
   * permittedUrls.iframe}: https URLs (a warning otherwise; HubSpot documents https only for {@code
   * fetch}).
   */
  String[] iframe() default {};

  /**
   * {@return the hosts UI extensions may load images from} Written as {@code permittedUrls.img}:
   * https URLs (a warning otherwise, as for {@link #iframe()}).
   */
  String[] img() default {};
}
