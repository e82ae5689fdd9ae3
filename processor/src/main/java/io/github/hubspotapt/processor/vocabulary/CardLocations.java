package io.github.hubspotapt.processor.vocabulary;

import java.util.List;

/**
 * HubSpot's app card reference: the four locations a card can show in, in the order messages list
 * them.
 */
public final class CardLocations {

  public static final List<String> ALL =
      List.of("crm.record.tab", "crm.record.sidebar", "crm.preview", "helpdesk.sidebar");

  private CardLocations() {}
}
