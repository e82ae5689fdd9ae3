package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.layout.ProjectLayout;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.List;

/**
 * HubSpot resolves an entrypoint from the source folder: {@code /app/cards/MyCard.tsx}. It must
 * stay inside the feature's own folder (where its package.json is), and name a React file ({@code
 * .tsx}, {@code .jsx}) for UI features or a script ({@code .js}, {@code .ts}) for functions: the
 * only file types HubSpot's templates, docs and config schemas know for them ({@code .mjs} and
 * {@code .cjs} are not among them). A path that leaves the project can never be uploaded.
 */
final class EntrypointPathRule implements Rule {

  private static final List<String> REACT = List.of(".tsx", ".jsx");
  private static final List<String> SCRIPT = List.of(".js", ".ts");

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Entrypoints entry : Entrypoints.all(project)) {
      String problem = problem(entry.feature().type(), entry.entrypoint().value());
      if (problem != null) {
        diagnostics.report(
            RuleId.ENTRYPOINT_PATH,
            entry.entrypoint().origin(),
            entry.feature().type().annotation()
                + " entrypoint "
                + Quote.of(entry.entrypoint().value())
                + " "
                + problem);
      }
    }
  }

  static String problem(ComponentType type, String entrypoint) {
    String folder = "/app/" + type.folder() + "/";
    List<String> extensions = type == ComponentType.APP_FUNCTION ? SCRIPT : REACT;
    String example =
        folder + (type == ComponentType.APP_FUNCTION ? "MyFunction.js" : "MyComponent.tsx");
    if (!entrypoint.startsWith("/app/")) {
      return "is not a path inside the project's app folder; write it from the source folder with a leading slash,"
          + " e.g. \""
          + example
          + "\"";
    }
    if (!ProjectLayout.isSafe(entrypoint.substring(1))) {
      return "is not a plain project path: use '/'-separated names of letters, digits, '_' and '-' (dots only"
          + " inside names), no spaces, '..' or empty segments, e.g. \""
          + example
          + "\"";
    }
    if (!entrypoint.startsWith(folder)) {
      return "is outside "
          + folder
          + ", where HubSpot builds "
          + type.annotation()
          + " files; e.g. \""
          + example
          + "\"";
    }
    if (!endsWithAny(entrypoint, extensions)) {
      return "must be a "
          + String.join(" or ", extensions)
          + " file, the file types HubSpot builds "
          + (type == ComponentType.APP_FUNCTION ? "functions" : "UI features")
          + " from";
    }
    return null;
  }

  private static boolean endsWithAny(String entrypoint, List<String> extensions) {
    for (String extension : extensions) {
      if (entrypoint.endsWith(extension)) {
        return true;
      }
    }
    return false;
  }
}
