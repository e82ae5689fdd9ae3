package io.github.hubspotapt.processor.read;

import io.github.hubspotapt.processor.model.AppFunction;
import io.github.hubspotapt.processor.model.Card;
import io.github.hubspotapt.processor.model.CrmBulkAction;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Page;
import io.github.hubspotapt.processor.model.Scim;
import io.github.hubspotapt.processor.model.Settings;
import io.github.hubspotapt.processor.model.Telemetry;
import java.util.List;

/** Reads one feature annotation into its model record; which record follows from the annotation's name. */
final class FeatureReader {

  private FeatureReader() {}

  /** The feature declared by {@code annotation}, or null when it is not a feature annotation. */
  static Feature read(String annotation, MirrorReader mirror) {
    return switch (annotation) {
      case AnnotationNames.CARD -> card(mirror);
      case AnnotationNames.SETTINGS -> new Settings(mirror.origin(), mirror.string("uid"), mirror.string("entrypoint"));
      case AnnotationNames.PAGE -> new Page(mirror.origin(), mirror.string("uid"), mirror.string("entrypoint"));
      case AnnotationNames.APP_FUNCTION -> appFunction(mirror);
      case AnnotationNames.TELEMETRY -> new Telemetry(mirror.origin(), mirror.string("uid"),
          mirror.enumName("providerType"), mirror.string("datasetName"), mirror.strings("logTypes"),
          mirror.strings("logLevels"));
      case AnnotationNames.SCIM -> new Scim(mirror.origin(), mirror.string("uid"), mirror.bool("roleSyncEnabled"));
      case AnnotationNames.CRM_BULK_ACTION -> new CrmBulkAction(mirror.origin(), mirror.string("uid"),
          mirror.string("label"), mirror.string("entrypoint"), mirror.strings("objectTypes"),
          mirror.enumName("displayMode"), mirror.string("icon"));
      default -> null;
    };
  }

  private static Card card(MirrorReader card) {
    MirrorReader preview = card.annotation("previewImage");
    Located<String> absent = new Located<>("", card.origin("previewImage"));
    return new Card(card.origin(), card.string("uid"), card.string("name"), card.string("description"),
        card.string("location"), card.string("entrypoint"), card.strings("objectTypes"),
        preview == null ? absent : preview.string("file"), preview == null ? absent : preview.string("altText"));
  }

  private static AppFunction appFunction(MirrorReader function) {
    MirrorReader endpoint = function.annotation("endpoint");
    return new AppFunction(function.origin(), function.string("uid"), function.string("entrypoint"),
        function.strings("secretKeys"),
        endpoint == null ? function.origin("endpoint") : endpoint.origin(),
        endpoint == null ? new Located<>("", function.origin("endpoint")) : endpoint.string("path"),
        endpoint == null ? List.of() : endpoint.enumNames("methods"));
  }
}
