package io.github.hubspotapt.processor.write;

import io.github.hubspotapt.processor.layout.ProjectLayout;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.ProfileVariable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code srcDir/hsprofile.<name>.json} for each {@code @Profile}: {@code accountId} and {@code
 * variables}, each value with its JSON type, as HubSpot's CLI reads it. Hand-written profile files
 * are copied with the front-end folder.
 */
public final class ProfileFiles {

  private final HubSpotJson json;

  public ProfileFiles(HubSpotJson json) {
    this.json = json;
  }

  /** Only called for a project without errors: every name, account id and value is valid. */
  public SortedMap<String, byte[]> render(App app, List<Profile> profiles) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (Profile profile : profiles) {
      if (profile.file() != null) {
        continue;
      }
      JsonObject file = json.object().put("accountId", Long.valueOf(profile.accountId().value()));
      JsonObject variables = file.putObject("variables");
      for (ProfileVariable variable : profile.variables()) {
        Object value = variable.typed();
        String name = variable.name().value();
        if (value instanceof BigDecimal number) {
          variables.put(name, number);
        } else if (value instanceof Boolean bool) {
          variables.put(name, bool.booleanValue());
        } else {
          variables.put(name, (String) value);
        }
      }
      files.put(path(app, profile), json.render(file).getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  /** The path {@link #render} writes {@code profile} to, a {@code @Profile}. */
  public static String path(App app, Profile profile) {
    return ProjectFiles.inSrcDir(app, ProjectLayout.profileFile(profile.name().value()));
  }
}
