package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An action on the records selected in CRM list views, written to {@code src/app/actions/<label in
 * kebab case>-hsmeta.json} (type {@code crm-bulk-action}; named after the uid instead when two
 * labels give the same file name). Needs platform 2026.09-beta or later ({@link
 * PlatformVersion#V2026_09_BETA}; an error on older versions), and HubSpot gates it per account
 * ({@code Developers:AppActions}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CrmBulkAction {

  /**
   * {@return the action's uid} Written as the file's {@code uid}, with the rules of {@link
   * HubSpotApp#uid()}.
   */
  String uid();

  /**
   * {@return the name of the action's file} Empty (the default) names it after its label in kebab
   * case ({@code <name>-hsmeta.json}); set it to keep the name a project's file already has, as
   * {@link HubSpotApp#fileName()} describes.
   */
  String fileName() default "";

  /**
   * {@return the scopes the action needs besides the app's} Written as the file's top-level {@code
   * permissions} when a list is set; platform 2026.09-beta and later.
   */
  Permissions permissions() default @Permissions;

  /**
   * {@return the action's name in list views} Written as {@code config.label}; must not be blank.
   */
  String label();

  /**
   * {@return the action's React file} Written as {@code config.entrypoint}: a {@code .tsx} or
   * {@code .jsx} file below {@code /app/actions/}, for example {@code /app/actions/MyAction.tsx}.
   */
  String entrypoint();

  /**
   * {@return the CRM objects whose list views offer the action} Written as {@code
   * config.objectTypes}; at least one, spelled as for {@link Card#objectTypes()}.
   */
  String[] objectTypes();

  /**
   * {@return how the action opens} Written as {@code config.displayMode}, the constant's name; the
   * default, {@link DisplayMode#PANEL}, is the value of HubSpot's template.
   */
  DisplayMode displayMode() default DisplayMode.PANEL;

  /**
   * {@return the action's icon} Written as {@code config.icon}: one of the
   * {@code @hubspot/ui-extensions} icon names, for example {@code right} (as in HubSpot's template)
   * or {@code invoice}; an unknown name is an error with the nearest one. Empty (the default) means
   * none and leaves the key out.
   */
  String icon() default "";
}
