package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.Card;
import io.github.hubspotapt.processor.model.CrmBulkAction;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The features that show on CRM objects, with their object type lists, for the rules on object
 * types.
 */
record ObjectTypes(Feature feature, List<Located<String>> objectTypes) {

  static List<ObjectTypes> all(HubSpotProject project) {
    List<ObjectTypes> all = new ArrayList<>();
    for (Card card : project.features(Card.class)) {
      all.add(new ObjectTypes(card, card.objectTypes()));
    }
    for (CrmBulkAction action : project.features(CrmBulkAction.class)) {
      all.add(new ObjectTypes(action, action.objectTypes()));
    }
    return all;
  }

  /** The uids of the project's app objects, which cards and bulk actions name as object types. */
  static Set<String> appObjectUids(HubSpotProject project) {
    Set<String> uids = new HashSet<>();
    for (AppObject object : project.features(AppObject.class)) {
      uids.add(object.uid().value());
    }
    return uids;
  }
}
