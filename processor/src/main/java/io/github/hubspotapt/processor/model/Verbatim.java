package io.github.hubspotapt.processor.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A model value HubSpot's CLI writes as it is in every profile: {@code ${...}} is replaced only in
 * uids and in the string values of {@code config}, not in its keys, nor in {@code hsproject.json},
 * {@code type}, {@code dependencies} or {@code permissions}. Every other string of the model is
 * substituted per profile.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Verbatim {}
