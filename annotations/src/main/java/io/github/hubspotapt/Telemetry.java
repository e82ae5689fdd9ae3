package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Sends the app's logs to an observability provider (at most one per app): {@code src/app/telemetry/<uid>-hsmeta.json}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Telemetry {

  String uid();

  TelemetryProvider providerType();

  /** A label attached to the log data, if the provider supports it; empty means none. */
  String datasetName() default "";

  /** Which logs to send, upper-case names such as {@code APP_FUNCTION}, {@code WEBHOOKS}; empty means all. */
  String[] logTypes() default {};

  /** Which levels to send: {@code ERROR}, {@code WARN}, {@code INFO}, {@code DEBUG}; empty means all. */
  String[] logLevels() default {};
}
