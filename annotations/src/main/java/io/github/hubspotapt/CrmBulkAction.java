package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An action on selected records in CRM list views (platform 2026.09-beta and later), written to
 * {@code src/app/actions/<label>-hsmeta.json}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CrmBulkAction {

  String uid();

  /** The action's name in list views. */
  String label();

  /** The action's React file: {@code /app/actions/MyAction.tsx}. */
  String entrypoint();

  /** The CRM objects whose list views offer it, spelled as for {@link Card#objectTypes()}. */
  String[] objectTypes();

  DisplayMode displayMode() default DisplayMode.PANEL;

  /** A {@code @hubspot/ui-extensions} icon name, e.g. {@code right}; empty means none. */
  String icon() default "";
}
