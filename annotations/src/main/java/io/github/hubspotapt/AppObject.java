package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An app object (a CRM object type the app defines, after HubSpot's approval), declared on the Java type whose
 * components are its properties ({@link ObjectProperty}). Needs an OAuth marketplace app. Written to
 * {@code src/app/app-objects/<uid>-hsmeta.json}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AppObject {

  String uid();

  /** The approved name, UPPER_SNAKE_CASE, e.g. {@code CAR}. */
  String name();

  String description();

  String singularForm();

  String pluralForm();

  /** Shown before the object's name in HubSpot, e.g. "Vroom". */
  String appPrefix() default "";

  /** The property that names a record. */
  String primaryDisplayLabelProperty();

  String[] secondaryDisplayLabelProperties() default {};

  PropertyGroup[] propertyGroups() default {};

  CreateFormField[] defaultCreateFormFields() default {};

  boolean hasRecordPage() default true;

  boolean allowsUserCreatedRecords() default true;

  boolean hasEngagements() default false;
}
