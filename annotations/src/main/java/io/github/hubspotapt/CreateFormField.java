package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A property on an {@link AppObject}'s create form; only used inside {@link AppObject#defaultCreateFormFields()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface CreateFormField {

  String property();

  boolean required() default false;

  boolean removable() default true;
}
