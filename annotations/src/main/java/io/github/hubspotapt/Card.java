package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An app card: a React UI extension shown on CRM records, written to {@code src/app/cards/<name>-hsmeta.json}. Put
 * one on each class that stands for a card (any number of classes).
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

  /** The card's uid; HubSpot keys the card's position and history on it, so keep it stable. */
  String uid();

  /** The card's title in HubSpot. */
  String name();

  String description() default "";

  /** Where the card shows: {@code crm.record.tab}, {@code crm.record.sidebar}, {@code crm.preview} or {@code helpdesk.sidebar}. */
  String location();

  /** The card's React file, from the source folder with a leading slash: {@code /app/cards/MyCard.tsx}. */
  String entrypoint();

  /**
   * The CRM records it shows on: {@code contacts}, {@code companies}, {@code deals}, {@code tickets} (or HubSpot's
   * other spelling {@code CONTACT}, ...), other supported objects, or a custom object {@code p_<name>}.
   */
  String[] objectTypes();

  /** The image shown when the card is picked; empty means none. */
  PreviewImage previewImage() default @PreviewImage(file = "", altText = "");
}
