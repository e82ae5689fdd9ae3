package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Page;
import io.github.hubspotapt.processor.model.PlatformVersion;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.RuleGroup;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.JsonObject;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/** {@code @Page}: the app's page in HubSpot (its "app home" before 2026.03). */
final class PageComponent extends Component<Page> {

  PageComponent() {
    super(ComponentType.PAGE, members("Page", ENTRYPOINT));
  }

  @Override
  Page read(MirrorReader page, TypeElement type, TypeReader reader) {
    return new Page(page.origin(), page.string(UID), file(page), page.string(ENTRYPOINT));
  }

  /**
   * Before 2026.03 a page is the single "app home" page, which HubSpot's templates mark with
   * location home.
   */
  @Override
  JsonObject write(Page page, ConfigContext context) {
    JsonObject config = ComponentJson.withEntrypoint(context, page.entrypoint());
    if (!context.platformVersion().isAtLeast(PlatformVersion.V2026_03)) {
      config.put("location", "home");
    }
    return config;
  }

  /** Only what every component is checked for: its entrypoint, and that there is one. */
  @Override
  Set<RuleGroup> rules() {
    return Set.of();
  }
}
