package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one input field of a {@link WorkflowAction}, on a record component or an instance field
 * of the action's type: one entry of {@code config.inputFields}. A field without it is an input
 * field all the same, with the defaults below. The field's Java type gives {@code
 * typeDefinition.type} (see {@link WorkflowAction}); an enum's options are its constants ({@link
 * Option}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface InputField {

  /**
   * {@return the field's name in HubSpot and in the execution request} Written as {@code
   * typeDefinition.name}, the key the labels and dependencies refer to; empty (the default) means
   * the Java name.
   */
  String name() default "";

  /**
   * {@return the field's {@code en} label} Written into {@code labels.en.inputFieldLabels}; left
   * out when empty. An {@link ActionLabels#inputFieldLabels()} entry for the same field wins over
   * it.
   */
  String label() default "";

  /**
   * {@return the field's {@code en} description} Written into {@code
   * labels.en.inputFieldDescriptions}; left out when empty. An {@link
   * ActionLabels#inputFieldDescriptions()} entry for the same field wins over it.
   */
  String description() default "";

  /**
   * {@return HubSpot's input control for the field} Written as {@code typeDefinition.fieldType}:
   * one that the field's HubSpot type allows (a String: {@code text}, {@code textarea}, {@code
   * html}, {@code phonenumber}, ...; an enum: {@code select}, {@code radio}, {@code checkbox}, ...;
   * the error lists what a type allows). Empty (the default) means the Java type's control: {@code
   * text} for strings, {@code booleancheckbox} for booleans, {@code number} for numbers, {@code
   * date} for dates and date-times, {@code select} for an enum, {@code checkbox} for a collection
   * of an enum.
   */
  String fieldType() default "";

  /**
   * {@return where the field's value may come from} Written as {@code supportedValueTypes}, the
   * constants' names; the default is {@link ValueType#STATIC_VALUE} only.
   */
  ValueType[] supportedValueTypes() default {ValueType.STATIC_VALUE};

  /**
   * {@return whether the user must fill the field in} Written as {@code isRequired} (always
   * written).
   */
  boolean required() default false;

  /**
   * {@return the URL HubSpot calls for the field's options} Written as {@code
   * typeDefinition.optionsUrl}, in place of fixed options: when set, an enum's constants are not
   * written as {@code options}, and a {@code String} field becomes an {@code enumeration} with a
   * {@code select} control (HubSpot fetches options for enumerations only). A public https URL;
   * empty (the default) leaves the key out.
   */
  String optionsUrl() default "";

  /**
   * {@return whether the field's value is a HubSpot owner (a user of the account)} {@code true} is
   * written as {@code typeDefinition.referencedObjectType: "OWNER"}, the one object type HubSpot
   * documents for input fields: the user picks one of the account's owners, and the execution
   * request carries the owner's id. A {@code String} field then becomes an {@code enumeration} with
   * a {@code select} control and no options of its own, as in HubSpot's example; a field of another
   * type keeps its type and options. {@code false} (the default) leaves the key out.
   */
  boolean owner() default false;
}
