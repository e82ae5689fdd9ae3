package io.github.hubspotapt.processor.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.hubspotapt.runtime.webhook.ObjectTypeIds;
import org.junit.jupiter.api.Test;

/**
 * The processor refuses a webhook route whose object has no id (HS-WEBHOOK-ROUTE) by the same table
 * the run time matches events by: each object's id is the one hubspot-apt-runtime gives its name,
 * and an object without one is one the run time cannot route.
 */
class CrmObjectIdsTest {

  @Test
  void eachObjectsIdIsTheRunTimesForItsName() {
    for (CrmObject object : CrmObject.values()) {
      assertEquals(ObjectTypeIds.idOf(object.singular()), object.objectTypeId(), object.singular());
    }
  }
}
