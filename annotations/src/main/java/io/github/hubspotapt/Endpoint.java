package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An app function's public endpoint: {@code config.endpoint} of the function's file; only used
 * inside {@link AppFunction#endpoint()}. A path and at least one method are both required once
 * either is given.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Endpoint {

  /**
   * {@return the URL path the function is served at} Written as {@code endpoint.path}: {@code
   * /}-separated names of letters, digits, {@code _} and {@code -}, for example {@code
   * /api/invoices}.
   */
  String path();

  /**
   * {@return the HTTP methods the endpoint answers} Written as {@code endpoint.methods}, each as
   * the constant's name ({@code "GET"}, {@code "POST"}, ...); at least one.
   */
  HttpMethod[] methods();
}
