package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends the app's logs to an observability provider, written to {@code src/app/telemetry/<uid in
 * kebab case>-hsmeta.json} (type {@code telemetry}). At most one per app. HubSpot publishes no
 * template for it; the shape follows HubSpot's telemetry docs.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Telemetry {

  /**
   * {@return the telemetry configuration's uid} Written as the file's {@code uid}, with the rules
   * of {@link HubSpotApp#uid()}.
   */
  String uid();

  /**
   * {@return the name of the telemetry component's file} Empty (the default) names it after its uid
   * in kebab case ({@code <name>-hsmeta.json}); set it to keep the name a project's file already
   * has, as {@link HubSpotApp#fileName()} describes.
   */
  String fileName() default "";

  /**
   * {@return the scopes the telemetry component needs besides the app's} Written as the file's
   * top-level {@code permissions} when a list is set; platform 2026.09-beta and later.
   */
  Permissions permissions() default @Permissions;

  /**
   * {@return where the logs go} Written as {@code config.providerType}, the constant's name ({@code
   * SENTRY}, ...).
   */
  TelemetryProvider providerType();

  /**
   * {@return a label attached to the log data, if the provider supports one} Written as {@code
   * config.datasetName}; left out when empty (the default).
   */
  String datasetName() default "";

  /**
   * {@return which logs to send} Written as {@code config.logTypes}; empty (the default) leaves the
   * key out, which HubSpot reads as all. Upper-case names ({@code [A-Z_]+}, an error otherwise);
   * HubSpot documents {@code CRM_LEGACY_CARD}, {@code CRM_EXTENSIBILITY_CARD}, {@code WEBHOOKS},
   * {@code API_CALL}, {@code APP_SETTINGS}, {@code SERVERLESS_EXECUTION}, {@code PROXY_EXECUTION},
   * {@code EXTENSION_RENDER}, {@code EXTENSION_LOG}, {@code SERVERLESS_GATEWAY_EXECUTION}, {@code
   * DATA_FETCH}, {@code ENDPOINT_FUNCTION} and {@code APP_FUNCTION} ({@link TelemetryLogType});
   * another well-formed name is a warning (HubSpot adds types).
   */
  String[] logTypes() default {};

  /**
   * {@return which log levels to send} Written as {@code config.logLevels}: {@code ERROR}, {@code
   * WARN}, {@code INFO}, {@code DEBUG} (another name is an error); empty (the default) leaves the
   * key out, which HubSpot reads as all.
   */
  String[] logLevels() default {};
}
