package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.layout.ProjectLayout;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * The app's {@code config.logo}: HubSpot's template writes an image of the project from the source
 * folder with a leading slash ({@code /app/app-logo.jpg}), as entrypoints are written, and its dev
 * server types it as a string. HubSpot documents no rule for it, so each check is a warning: the
 * path form, an image type HubSpot takes for app images (those of card previews), and, with a
 * front-end folder configured, that the file is there to be copied.
 */
final class AppLogoRule implements Rule {

  private static final String WHY =
      "; HubSpot documents no rule for the logo, its template writes a project image"
          + " such as \"/app/app-logo.jpg\"";

  private final FrontendFolder frontend;

  AppLogoRule(FrontendFolder frontend) {
    this.frontend = frontend;
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      String logo = app.logo().value();
      if (logo == null || logo.isEmpty()) {
        continue;
      }
      String problem = problem(logo);
      if (problem != null) {
        diagnostics.report(
            RuleId.APP_LOGO,
            app.logo().origin(),
            "@HubSpotApp logo " + Quote.of(logo) + " " + problem);
      }
    }
  }

  private String problem(String logo) {
    if (!logo.startsWith("/") || !ProjectLayout.isSafe(logo.substring(1))) {
      return "is not a plain path of the project written from the source folder with a leading slash"
          + " ('/'-separated names, no spaces or '..')"
          + WHY;
    }
    String extension = logo.contains(".") ? logo.substring(logo.lastIndexOf('.') + 1) : "";
    if (!PreviewImageRule.EXTENSIONS.contains(extension)) {
      return "is not a .png, .jpeg, .jpg or .gif file, the image types HubSpot takes for app images"
          + WHY;
    }
    String path = logo.substring(1);
    if (frontend == null || frontend.isFile(path)) {
      return null;
    }
    String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    String nearest =
        Suggestions.nearest(path.substring(path.lastIndexOf('/') + 1), frontend.fileNames(folder));
    return "is not in the front-end folder: there is no "
        + frontend.root().resolve(path)
        + (nearest == null
            ? ""
            : " (did you mean /" + (folder.isEmpty() ? "" : folder + "/") + nearest + "?)")
        + ", so the project would be uploaded without it";
  }
}
