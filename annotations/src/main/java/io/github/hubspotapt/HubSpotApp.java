package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the HubSpot app of this compilation. javac then writes the HubSpot project: {@code
 * hsproject.json} and {@code src/app/app-hsmeta.json}, plus one {@code *-hsmeta.json} per feature.
 *
 * <p>Exactly one class of a compilation carries it, together with {@link Auth}.
 *
 * <pre>{@code
 * @HubSpotApp(uid = "acme_sync", name = "Acme Sync", description = "Keeps Acme and HubSpot contacts in sync.",
 *     distribution = Distribution.MARKETPLACE)
 * @Auth(type = AuthType.OAUTH, redirectUrls = "https://acme.example/oauth/callback",
 *     requiredScopes = {"oauth", "crm.objects.contacts.read"})
 * class AcmeSyncApp {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HubSpotApp {

  /**
   * {@return the app's uid} Written as the {@code uid} of {@code app-hsmeta.json}: 1 to 64
   * characters of letters, digits, {@code _}, {@code .} and {@code -}, unique across the project
   * (no feature may share it). HubSpot identifies the app by it across deploys, so changing it
   * later makes a new app.
   */
  String uid();

  /**
   * {@return the name of the app's file in {@code src/app/}} Empty (the default) means {@code
   * app-hsmeta.json}. HubSpot's parser reads every file whose name ends in {@code -hsmeta.json}, so
   * a project moved to Java can keep the names its files have; every component annotation has the
   * same member for its own file. A name ends in {@code -hsmeta.json}, is a plain file name
   * (letters and digits of any script and {@code _ - . @ + ~}, no folder, at most 200 bytes in
   * UTF-8), and is unique in its folder, ignoring case; a file hubspot-apt names itself moves aside
   * for it.
   */
  String fileName() default "";

  /**
   * {@return the app's name as HubSpot shows it} Written as {@code config.name} of {@code
   * app-hsmeta.json}: 1 to 200 characters, no leading or trailing whitespace. It is also the
   * project's name unless {@link #projectName()} is set.
   */
  String name();

  /**
   * {@return what the app does, shown to the user who installs it} Written as {@code
   * config.description} of {@code app-hsmeta.json}: 1 to 8192 characters, not blank.
   */
  String description();

  /**
   * {@return who can install the app} Written as {@code config.distribution} of {@code
   * app-hsmeta.json} ({@code marketplace} or {@code private}). {@link Distribution#MARKETPLACE}
   * needs {@link AuthType#OAUTH}.
   */
  Distribution distribution();

  /**
   * {@return the app's logo} Written as {@code config.logo} of {@code app-hsmeta.json}, after the
   * name, as in HubSpot's template: an image file of the project written from the source folder
   * with a leading slash, e.g. {@code /app/app-logo.png} (a png, jpg, jpeg or gif); with {@code
   * -Ahubspot.frontendDir} it should be in that folder, which is copied into the project. HubSpot
   * documents no rule for it, so a logo that does not fit is a warning. Empty (the default) leaves
   * the key out.
   */
  String logo() default "";

  /**
   * {@return whether each user installs the app for themselves} {@code true} is written as {@code
   * config.isUserLevel: true} of {@code app-hsmeta.json} and makes a user-level app, which HubSpot
   * documents from platform 2026.09 on ({@link PlatformVersion#V2026_09}; a warning on older
   * versions, where it was a beta that HubSpot's parser accepts). {@code false} (the default)
   * leaves the key out: an account-level app, installed once for the whole account. HubSpot cannot
   * convert an existing account-level app to a user-level one: an app uploaded without it keeps
   * being account-level, and a user-level app is a new app.
   */
  boolean userLevel() default false;

  /**
   * {@return the URLs the app's UI extensions may fetch from, embed, or load images from} Written
   * as {@code config.permittedUrls} of {@code app-hsmeta.json}; the block is always written (with
   * empty lists by default), as in HubSpot's templates.
   */
  PermittedUrls permittedUrls() default @PermittedUrls;

  /**
   * {@return the support contact shown with the app} Written as {@code config.support} of {@code
   * app-hsmeta.json}. Every member is optional; when all are empty (the default) the block is left
   * out. A marketplace listing needs real values.
   */
  Support support() default @Support;

  /**
   * {@return the project's name} Written as {@code name} of {@code hsproject.json}; empty (the
   * default) means the app's {@link #name()}. An explicit value must not be blank.
   */
  String projectName() default "";

  /**
   * {@return the HubSpot developer-platform version of the project} Written as {@code
   * platformVersion} of {@code hsproject.json}. The default, {@link PlatformVersion#V2026_03}, is
   * the newest version HubSpot's CLI supports as stable; {@link CrmBulkAction} needs {@link
   * PlatformVersion#V2026_09_BETA} or later, and {@link Page} and {@link AppFunction} depend on it
   * as described there.
   */
  PlatformVersion platformVersion() default PlatformVersion.V2026_03;

  /**
   * {@return the project's source folder} Written as {@code srcDir} of {@code hsproject.json}: a
   * plain relative folder inside the project (no {@code ..}, not absolute). The default, {@code
   * src}, is what every HubSpot template uses; the app's files are written below {@code
   * <srcDir>/app/}.
   */
  String srcDir() default "src";
}
