package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One HubSpot profile (an environment: a developer's test account, staging, production), written as
 * {@code hsprofile.<name>.json} directly in the project's {@code srcDir}, on the {@link HubSpotApp}
 * class; repeatable. {@code hs project upload|dev|validate --profile <name>} replaces every {@code
 * ${VARIABLE}} in the uids and the {@code config} strings of the project with the profile's value,
 * so one set of annotations serves every account:
 *
 * <pre>{@code
 * @Profile(name = "local", accountId = 123456, variables = {
 *     @Variable(name = "BASE_URL", value = "https://abc.tunnel.example")})
 * @Profile(name = "prod", accountId = 654321, variables = {
 *     @Variable(name = "BASE_URL", value = "https://app.example.com")})
 * @WebhookSettings(targetUrl = "${BASE_URL}/hubspot/webhooks")
 * }</pre>
 *
 * <p>Every rule runs on every profile's values; an error names the profile. Profiles may also be
 * hand-written as {@code hsprofile.<name>.json} files in the front-end folder (to keep account ids
 * out of the code); a profile name declared twice, in either place, is an error.
 *
 * <p>Repeated, javac wraps the annotations in an implicit {@link Profiles} and points diagnostics
 * at the class name; write the container {@code @Profiles({...})} explicitly for exact positions.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Profiles.class)
public @interface Profile {

  /**
   * {@return the profile's name} The {@code <name>} of {@code hsprofile.<name>.json} and of {@code
   * --profile}; no dots.
   */
  String name();

  /**
   * {@return the HubSpot account the profile uploads to} Written as the file's {@code accountId}.
   */
  long accountId();

  /** {@return the profile's variables} Written as the file's {@code variables}. */
  Variable[] variables() default {};
}
