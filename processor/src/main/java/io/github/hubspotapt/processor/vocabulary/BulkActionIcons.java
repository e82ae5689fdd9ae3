package io.github.hubspotapt.processor.vocabulary;

import java.util.Set;

/** The icon names of {@code @hubspot/ui-extensions}, which a bulk action's icon is one of. */
public final class BulkActionIcons {

  private static final String NAMES = "icon-names.txt";

  private BulkActionIcons() {}

  public static Set<String> load() {
    return NameList.load(NAMES);
  }
}
