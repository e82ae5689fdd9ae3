package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** SCIM user provisioning (at most one per app; static-auth private apps only): {@code src/app/scim/<uid>-hsmeta.json}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Scim {

  String uid();

  /** Sync identity-provider roles to HubSpot permission sets of the same name. */
  boolean roleSyncEnabled() default false;
}
