package io.github.hubspotapt.processor.declaration;

import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.PlatformVersion;

/**
 * {@code @Page}: a page of the app, a React entrypoint. Before {@link #MANY_PAGES_FROM} a page is
 * the single "app home" page, which HubSpot's templates mark with {@code location: "home"}: the
 * processor writes that key itself, no member sets it.
 */
public final class PageConfig {

  public static final ComponentDeclaration DECLARATION =
      ComponentDeclaration.of(ComponentType.PAGE, "Page", ComponentDeclaration.ENTRYPOINT);

  /** The key of the app-home marker, and its only value. */
  public static final String LOCATION = "location";

  public static final String APP_HOME = "home";

  /** The first platform version whose pages are not the app-home page. */
  public static final PlatformVersion MANY_PAGES_FROM = PlatformVersion.V2026_03;

  private PageConfig() {}
}
