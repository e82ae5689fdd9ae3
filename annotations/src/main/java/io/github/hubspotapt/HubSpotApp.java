package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the HubSpot app of this compilation. javac then writes the HubSpot project: {@code hsproject.json} and
 * {@code src/app/app-hsmeta.json}, plus one {@code *-hsmeta.json} per feature.
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

  /** The app's uid: 1 to 64 characters of letters, digits, {@code _ . -}. HubSpot identifies the app by it across deploys. */
  String uid();

  /** The app's name as HubSpot shows it: 1 to 200 characters, no leading or trailing whitespace. */
  String name();

  /** Shown to the user who installs the app: 1 to 8192 characters. */
  String description();

  /** Who can install the app. {@link Distribution#MARKETPLACE} needs {@link AuthType#OAUTH}. */
  Distribution distribution();

  /** URLs the app's UI extensions may fetch from, embed, or load images from. */
  PermittedUrls permittedUrls() default @PermittedUrls;

  /** Support contact shown with the app (all optional; a marketplace listing needs real values). */
  Support support() default @Support;

  /** {@code hsproject.json}'s {@code name}; empty means the app's {@link #name()}. */
  String projectName() default "";

  /** {@code hsproject.json}'s {@code platformVersion}. */
  PlatformVersion platformVersion() default PlatformVersion.V2026_03;

  /** {@code hsproject.json}'s {@code srcDir}: a folder inside the project, {@code src} in every HubSpot template. */
  String srcDir() default "src";
}
