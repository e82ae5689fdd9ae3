package io.github.hubspotapt.processor.oauth;

import com.palantir.javapoet.JavaFile;
import io.github.hubspotapt.processor.component.ProfileAnnotations;
import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.read.AnnotatedTypes;
import io.github.hubspotapt.processor.read.ReadLog;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.write.GeneratedSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Writes {@code <AppClass>OAuth} beside the app class, once per compilation, in the first round in
 * which the app's uid and {@code @Auth} can be read; never in the last round, whose new sources
 * javac compiles only with a warning. The rules run later, so the helper is also written for an app
 * that a rule then rejects: it mirrors the annotations as written, and the compilation fails on the
 * rule's error.
 */
public final class OAuthHelperStep {

  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;
  private boolean done;

  public OAuthHelperStep(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.diagnostics = diagnostics;
  }

  /**
   * Writes the helper if this round is the first that can.
   *
   * @param annotated the HubSpot-annotated types so far
   * @param handWritten the profiles of hand-written profile files, beside those the annotations
   *     declare
   */
  public void round(AnnotatedTypes annotated, List<Profile> handWritten) {
    if (done) {
      return;
    }
    List<TypeElement> apps = annotated.apps();
    if (apps.size() != 1) {
      done =
          apps.size()
              > 1; // two apps are an error of their own; none yet: a later round may add one
      return;
    }
    List<Profile> profiles =
        new ArrayList<>(
            ProfileAnnotations.read(
                apps, new TypeReader(env.getElementUtils(), env.getTypeUtils(), new ReadLog())));
    profiles.addAll(handWritten);
    Optional<OAuthHelperInput> input =
        OAuthHelperInput.read(apps.get(0), env.getElementUtils(), profiles);
    if (input.isEmpty()) {
      return; // no @Auth, or a value that a later round may still resolve
    }
    done = true;
    SourceVersion version = env.getSourceVersion();
    if (!OAuthHelperGenerator.supports(version)) {
      diagnostics.note(
          "hubspot-apt: no OAuth helper for source version "
              + version
              + "; it needs Java 11 or later");
      return;
    }
    JavaFile file =
        new OAuthHelperGenerator().generate(input.get(), env.getElementUtils(), version);
    GeneratedSource.write(env.getFiler(), diagnostics, file, input.get().appClass());
  }
}
