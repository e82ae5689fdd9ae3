package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.ArrayList;
import java.util.List;

/**
 * A file name the team chose with {@code fileName}, with the folder below the source folder its
 * file goes to ({@code app} for the app, {@code app/cards} for a card) and what declares it
 * ({@code @Card test.MyCard}).
 */
record ChosenFileName(Located<String> name, String folder, String declaredBy) {

  /**
   * Every chosen name of the project: the apps' first, then the features', in the features' order.
   */
  static List<ChosenFileName> all(HubSpotProject project) {
    List<ChosenFileName> all = new ArrayList<>();
    for (App app : project.apps()) {
      if (isChosen(app.fileName())) {
        all.add(new ChosenFileName(app.fileName(), "app", "@HubSpotApp " + app.origin().element()));
      }
    }
    for (Feature feature : project.features()) {
      if (feature.file().named()) {
        all.add(
            new ChosenFileName(
                feature.file().fileName(),
                "app/" + feature.type().folder(),
                feature.type().annotation() + " " + feature.origin().element()));
      }
    }
    return all;
  }

  /**
   * The path below the source folder, as a front-end folder has it: {@code
   * app/cards/my-card-hsmeta.json}.
   */
  String path() {
    return folder + "/" + name.value();
  }

  private static boolean isChosen(Located<String> fileName) {
    return fileName.value() != null && !fileName.value().isEmpty();
  }
}
