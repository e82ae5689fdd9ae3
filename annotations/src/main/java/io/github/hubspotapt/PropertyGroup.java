package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A group of an {@link AppObject}'s properties; only used inside {@link AppObject#propertyGroups()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface PropertyGroup {

  String name();

  String label();
}
