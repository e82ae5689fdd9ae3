package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An app object (a CRM object type the app defines, after HubSpot's approval), declared on the Java
 * type whose record components (or instance fields) are its properties ({@link ObjectProperty};
 * each becomes an entry of {@code config.properties}). Needs an OAuth marketplace app ({@link
 * AuthType#OAUTH}, {@link Distribution#MARKETPLACE}). Written to {@code src/app/app-objects/<uid in
 * kebab case>-hsmeta.json} (type {@code app-object}). Property names refer to the properties
 * without the {@code a<appId>_} prefix HubSpot adds on creation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AppObject {

  /**
   * {@return the app object's uid} Written as the file's {@code uid}, with the rules of {@link
   * HubSpotApp#uid()}; {@link AppObjectAssociation}s name the object by its Java type and are
   * written with this uid.
   */
  String uid();

  /**
   * {@return the name of the app object's file} Empty (the default) names it after its uid in kebab
   * case ({@code <name>-hsmeta.json}); set it to keep the name a project's file already has, as
   * {@link HubSpotApp#fileName()} describes.
   */
  String fileName() default "";

  /**
   * {@return the scopes the app object needs besides the app's} Written as the file's top-level
   * {@code permissions} when a list is set; platform 2026.09-beta and later.
   */
  Permissions permissions() default @Permissions;

  /**
   * {@return the object's approved name} Written as {@code config.name}: UPPER_SNAKE_CASE, for
   * example {@code CAR} (an error otherwise, with the converted name suggested). HubSpot's fully
   * qualified name for it is {@code a<appId>_<name>} in lower case.
   */
  String name();

  /**
   * {@return the object's description, shown in HubSpot} Written as {@code config.description}; not
   * blank.
   */
  String description();

  /**
   * {@return the object's name for one record, such as "Car"} Written as {@code
   * config.singularForm}; not blank.
   */
  String singularForm();

  /**
   * {@return the object's name for several records, such as "Cars"} Written as {@code
   * config.pluralForm}; not blank.
   */
  String pluralForm();

  /**
   * {@return the text shown before the object's name in HubSpot} Written as {@code
   * config.appPrefix}: with {@code "Vroom"} and {@code singularForm = "Car"}, HubSpot shows "Vroom
   * Car". Left out when empty (the default).
   */
  String appPrefix() default "";

  /**
   * {@return the property that names a record} Written as {@code
   * config.primaryDisplayLabelPropertyName}; must be a declared property's name.
   */
  String primaryDisplayLabelProperty();

  /**
   * {@return further properties shown with a record's name} Written as {@code
   * config.secondaryDisplayLabelPropertyNames}; each must be a declared property's name. Left out
   * when empty (the default).
   */
  String[] secondaryDisplayLabelProperties() default {};

  /**
   * {@return the groups the object's properties are sorted into} Written as {@code
   * config.propertyGroups}; left out when empty (the default).
   */
  PropertyGroup[] propertyGroups() default {};

  /**
   * {@return the properties on the form that creates a record} Written as {@code
   * config.defaultCreateFormFields}; each must be a declared property's name. Left out when empty
   * (the default).
   */
  CreateFormField[] defaultCreateFormFields() default {};

  /**
   * {@return whether the object's records have a record page} Written as {@code
   * config.settings.hasRecordPage} (always written).
   */
  boolean hasRecordPage() default true;

  /**
   * {@return whether users may create records in HubSpot} Written as {@code
   * config.settings.allowsUserCreatedRecords} (always written).
   */
  boolean allowsUserCreatedRecords() default true;

  /**
   * {@return whether the object's records can have engagements (activities such as notes, calls,
   * e-mails)} Written as {@code config.settings.hasEngagements} (always written).
   */
  boolean hasEngagements() default false;
}
