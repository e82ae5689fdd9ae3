package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.declaration.ComponentDeclaration;
import io.github.hubspotapt.processor.declaration.PageConfig;
import io.github.hubspotapt.processor.model.Page;
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
    super(PageConfig.DECLARATION);
  }

  @Override
  Page read(MirrorReader page, TypeElement type, TypeReader reader) {
    return new Page(
        page.origin(),
        page.string(UID),
        file(page),
        page.string(ComponentDeclaration.ENTRYPOINT.member()));
  }

  /**
   * Before 2026.03 a page is the single "app home" page, which HubSpot's templates mark with
   * location home.
   */
  @Override
  JsonObject write(Page page, ConfigContext context) {
    JsonObject config =
        new DeclaredConfig(context.object())
            .string(ComponentDeclaration.ENTRYPOINT, page.entrypoint())
            .json();
    if (!context.platformVersion().isAtLeast(PageConfig.MANY_PAGES_FROM)) {
      config.put(PageConfig.LOCATION, PageConfig.APP_HOME);
    }
    return config;
  }

  /** Only what every component is checked for: its entrypoint, and that there is one. */
  @Override
  Set<RuleGroup> rules() {
    return Set.of();
  }
}
