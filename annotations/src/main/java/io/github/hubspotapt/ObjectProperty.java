package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one property of an {@link AppObject}'s type: one entry of the object's {@code
 * config.properties}, in the shape of HubSpot's properties API. Its {@code type} follows from the
 * Java type as for {@link WorkflowAction} input fields; an enum's constants become {@code options}
 * ({@link Option}, all of whose members are written here), and a boolean gets HubSpot's two options
 * Yes ({@code true}) and No ({@code false}). A record component or field without it is a property
 * all the same, with the defaults below. Names are given without the {@code a<appId>_} prefix
 * HubSpot adds.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ObjectProperty {

  /**
   * {@return the property's name} Written as {@code name}, the name the object's display-label and
   * create-form members refer to; empty (the default) means the Java name.
   */
  String name() default "";

  /**
   * {@return the property's label in HubSpot} Written as {@code label}; empty (the default) means
   * the name.
   */
  String label() default "";

  /**
   * {@return the property's description} Written as {@code description}; left out when empty (the
   * default).
   */
  String description() default "";

  /**
   * {@return HubSpot's field control for the property} Written as {@code fieldType}: one that the
   * property's Java type allows, as for {@link InputField#fieldType()}; empty (the default) means
   * the Java type's control, as there.
   */
  String fieldType() default "";

  /**
   * {@return the property group it belongs to} Written as {@code groupName}: the {@link
   * PropertyGroup#name()} of one of the object's groups (a warning otherwise). Left out when empty
   * (the default).
   */
  String groupName() default "";

  /**
   * {@return whether no two records may share the value} Written as {@code hasUniqueValue: true}
   * when true, left out otherwise.
   */
  boolean hasUniqueValue() default false;

  /**
   * {@return whether users cannot edit the value in HubSpot} Written as {@code readOnlyValue: true}
   * when true, left out otherwise.
   */
  boolean readOnlyValue() default false;

  /**
   * {@return whether the property can be used in HubSpot forms} Written as {@code formField: true}
   * when true, left out otherwise.
   */
  boolean formField() default false;

  /**
   * {@return whether HubSpot hides the property in its UI} Written as {@code hidden: true} when
   * true, left out otherwise.
   */
  boolean hidden() default false;

  /**
   * {@return the formula of a calculated property} Written as {@code calculationFormula}, for
   * properties with {@code fieldType = "calculation_equation"}; left out when empty (the default).
   */
  String calculationFormula() default "";
}
