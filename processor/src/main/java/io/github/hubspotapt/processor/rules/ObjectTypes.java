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
    project
        .features(Card.class)
        .forEach(card -> all.add(new ObjectTypes(card, card.objectTypes())));
    project
        .features(CrmBulkAction.class)
        .forEach(action -> all.add(new ObjectTypes(action, action.objectTypes())));
    return all;
  }

  /** The uids of the project's app objects, which cards and bulk actions name as object types. */
  static Set<String> appObjectUids(HubSpotProject project) {
    Set<String> uids = new HashSet<>();
    project.features(AppObject.class).forEach(object -> uids.add(object.uid().value()));
    return uids;
  }
}
