package io.github.hubspotapt.processor.cache;

import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.TypeModel;
import io.github.hubspotapt.processor.rules.Rules;
import io.github.hubspotapt.processor.write.ProjectFiles;
import java.util.List;
import java.util.Set;

/**
 * How a partial compilation's project differs from the previous compilation's, where only the
 * values of some types' features changed, each file keeping its name: a card's description edited,
 * a workflow action's field added. The previous compilation wrote the project, its files are still
 * as written, and only front-end rules reported anything; its app, options, front-end files and
 * types are this one's, and no value uses a profile variable.
 *
 * <p>What the change cannot reach is then not done again. Of the kept models, only those of the
 * types the running rules and the rendered files read across components are decoded ({@link
 * #decoded}), with every model that declares more than features. A rule group that reads none of
 * the {@code changed} types does not run ({@code rules.Rules#reusing}); the others see the changed
 * features and the decoded ones, which holds because each of their rules checks a component on its
 * own, or compares what the change leaves as it was (uids, file names, how many of a type), or
 * reads across components only what is decoded ({@code rules.RuleGroup#across}). The front-end
 * rules' previous findings are reported again, since what they read did not change. Only the
 * changed types' files are rendered, at their previous paths ({@link ProjectPaths}), and the files
 * that read their features (the webhooks file, an association).
 *
 * @param changed the component types of the features that differ, before or after the change; with
 *     {@link ComponentType#WEBHOOKS} where webhook subscriptions do
 * @param changedTypes the names of the annotated types whose models differ
 * @param declared the component types of the whole project's features, with {@link
 *     ComponentType#WEBHOOKS} where a webhook subscription is, decoded or not
 * @param previous the previous compilation's result: its findings, files and their paths
 */
public record ProjectDelta(
    Set<ComponentType> changed,
    List<String> changedTypes,
    Set<ComponentType> declared,
    ProjectResult previous) {

  /**
   * The component types whose kept models this compilation decodes, besides the app's and other
   * models that declare more than features: what the rules that run and the files rendered again
   * read across components. The changed types' models were read anew.
   */
  public Set<ComponentType> decoded() {
    Set<ComponentType> types = Rules.reading(changed);
    types.addAll(ProjectFiles.readBy(changed));
    return types;
  }

  /**
   * Adds the types of {@code model}'s features to {@code changed}; false where the model declares
   * more than features and webhook subscriptions (an app, an {@code @Auth}, a profile, an
   * annotation that belongs beside another, a profile variable), whose change the delta does not
   * follow.
   */
  static boolean onlyFeatures(TypeModel model, Set<ComponentType> changed) {
    if ((ModelKinds.of(model) & ModelKinds.OTHER) != 0) {
      return false;
    }
    for (Feature feature : model.features()) {
      changed.add(feature.type());
    }
    if (!model.subscriptions().isEmpty()) {
      changed.add(ComponentType.WEBHOOKS);
    }
    return true;
  }

  /**
   * Whether a type's model changed from {@code before} to {@code after} leaves what the rules that
   * see only the decoded features compare across components: the same features, each of the same
   * type, uid, file name and name its file is named by ({@link ProjectFiles#sameNames}), and with
   * an entrypoint where it had one (the front-end rules look for any).
   */
  static boolean sameShape(TypeModel before, TypeModel after) {
    List<Feature> was = before.features();
    List<Feature> is = after.features();
    if (was.size() != is.size() || !ProjectFiles.sameNames(was, is)) {
      return false;
    }
    for (int i = 0; i < was.size(); i++) {
      if (hasEntrypoint(was.get(i)) != hasEntrypoint(is.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasEntrypoint(Feature feature) {
    Located<String> entrypoint = feature.entrypoint();
    return entrypoint != null && entrypoint.isPresent(); // as rules.Entrypoints counts them
  }
}
