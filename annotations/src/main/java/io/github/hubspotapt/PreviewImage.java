package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A card's preview image; only used inside {@link Card#previewImage()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface PreviewImage {

  /** Path of a png, jpg, jpeg or gif (at most 5 MB), relative to the cards folder. */
  String file();

  /** A short description of the image. */
  String altText();
}
