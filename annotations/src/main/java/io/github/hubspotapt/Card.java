package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An app card: a React UI extension shown on CRM records, written to {@code src/app/cards/<name in
 * kebab case>-hsmeta.json} (type {@code card}; named after the uid instead when two cards' names
 * give the same file name). Put one on each class that stands for a card (any number of classes);
 * all platform versions and distributions.
 *
 * <pre>{@code
 * @Card(uid = "invoice_status", name = "Invoice status", location = "crm.record.tab",
 *     entrypoint = "/app/cards/InvoiceStatus.tsx", objectTypes = "deals")
 * final class InvoiceStatusCard {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Card {

  /**
   * {@return the card's uid} Written as the file's {@code uid}, with the rules of {@link
   * HubSpotApp#uid()}. HubSpot keys the card's position and history on it, so keep it stable.
   */
  String uid();

  /**
   * {@return the name of the card's file} Empty (the default) names it after the card's name in
   * kebab case (its uid when the name is blank) ({@code <name>-hsmeta.json}); set it to keep the
   * name a project's file already has, as {@link HubSpotApp#fileName()} describes.
   */
  String fileName() default "";

  /**
   * {@return the scopes the card needs besides the app's} Written as the file's top-level {@code
   * permissions} when a list is set; platform 2026.09-beta and later.
   */
  Permissions permissions() default @Permissions;

  /** {@return the card's title in HubSpot} Written as {@code config.name}; must not be blank. */
  String name();

  /**
   * {@return a description of the card} Written as {@code config.description}; left out when empty
   * (the default).
   */
  String description() default "";

  /**
   * {@return where the card shows} Written as {@code config.location}: {@code crm.record.tab} (the
   * record's middle pane), {@code crm.record.sidebar}, {@code crm.preview} or {@code
   * helpdesk.sidebar}.
   */
  String location();

  /**
   * {@return the card's React file} Written as {@code config.entrypoint}: a {@code .tsx} or {@code
   * .jsx} file below {@code /app/cards/}, from the source folder with a leading slash, for example
   * {@code /app/cards/MyCard.tsx}. With {@code -Ahubspot.frontendDir} the file must exist there.
   */
  String entrypoint();

  /**
   * {@return the CRM records the card shows on} Written as {@code config.objectTypes}; at least
   * one. In either of HubSpot's spellings ({@code contacts} or {@code CONTACT}): {@code contacts},
   * {@code companies}, {@code deals}, {@code tickets}, {@code appointments}, {@code courses},
   * {@code listings}, {@code services}, or a custom object {@code p_<name>}. The app should request
   * each object's read scope (a warning names the missing one).
   */
  String[] objectTypes();

  /**
   * {@return the image shown when the card is picked} Written as {@code config.previewImage}; the
   * default (an empty {@link PreviewImage#file()}) means none and leaves the key out.
   */
  PreviewImage previewImage() default @PreviewImage(file = "", altText = "");
}
