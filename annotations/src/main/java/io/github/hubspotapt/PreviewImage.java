package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A card's preview image: {@code config.previewImage} of the card's file; only used inside {@link
 * Card#previewImage()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface PreviewImage {

  /**
   * {@return the image file} Written as {@code previewImage.file}: a png, jpg, jpeg or gif path
   * relative to the cards folder ({@code src/app/cards/}); with {@code -Ahubspot.frontendDir} it
   * must exist there and be at most 5 MB. Empty means no preview image.
   */
  String file();

  /**
   * {@return a short description of the image} Written as {@code previewImage.altText}; required
   * with a file.
   */
  String altText();
}
