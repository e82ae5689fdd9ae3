package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An app function's public endpoint; only used inside {@link AppFunction#endpoint()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Endpoint {

  /** The URL path, e.g. {@code /api/invoices}. */
  String path();

  /** The HTTP methods it answers. At least one. */
  HttpMethod[] methods();
}
