package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Auth;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.TypeModel;
import io.github.hubspotapt.processor.model.UnusedAnnotation;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.ReadLog;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.Substitution;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns the annotated types of a compilation into the project model, each annotation read by its
 * component. Reads only; judging is the rules' job.
 */
public final class ProjectReader {

  private final Elements elements;
  private final Types types;

  /**
   * Whether a type's model holds a profile placeholder, asked of every type read by this reader.
   */
  private final Substitution.Search placeholders = new Substitution.Search();

  public ProjectReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * {@code types} are the types that carry any supported annotation, in a stable order; reads into
   * {@code log}, which tells whether every value could be read.
   */
  public HubSpotProject read(Collection<TypeElement> types, ReadLog log) {
    TypeReader reader = reader(log);
    List<TypeModel> models = new ArrayList<>();
    for (TypeElement type : types) {
      models.add(read(type, reader));
    }
    return assemble(models, log);
  }

  /** The reader of one compilation, for {@link #read(TypeElement, TypeReader)}. */
  public TypeReader reader(ReadLog log) {
    return new TypeReader(elements, this.types, log);
  }

  /** What {@code type} declares. */
  public TypeModel read(TypeElement type, TypeReader reader) {
    List<Feature> features = new ArrayList<>();
    List<UnusedAnnotation> unused = new ArrayList<>();
    reader.checkWritten(type);
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name = MirrorReader.nameOf(mirror);
      Component<?> component = Components.declaredBy(name);
      if (component != null) {
        features.add(component.read(reader.read(type, mirror, component.members()), type, reader));
        continue;
      }
      Component<?> companionOf = Components.companionOf(name);
      if (companionOf != null && !annotatedWith(type, companionOf.annotation())) {
        unused.add(
            new UnusedAnnotation(
                Origin.of(type, mirror), simpleName(name), simpleName(companionOf.annotation())));
      }
    }
    List<WebhookSubscription> subscriptions = Components.WEBHOOKS.subscriptions(type, reader);
    Auth auth = AppComponent.readAuth(type, reader);
    TypeModel model =
        new TypeModel(
            AppComponent.read(type, auth, reader),
            auth,
            features,
            subscriptions,
            ProfileAnnotations.read(List.of(type), reader),
            unused,
            false);
    return model.withPlaceholders(placeholders.in(model));
  }

  private static boolean annotatedWith(TypeElement type, String annotation) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (MirrorReader.nameOf(mirror).equals(annotation)) {
        return true;
      }
    }
    return false;
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  /**
   * The project of these types' declarations, {@code models} in the order of their types' names.
   */
  public static HubSpotProject assemble(Collection<TypeModel> models, ReadLog log) {
    List<App> apps = new ArrayList<>();
    List<Auth> authsWithoutApp = new ArrayList<>();
    List<WebhookSubscription> subscriptions = new ArrayList<>();
    List<Profile> profiles = new ArrayList<>();
    List<UnusedAnnotation> unused = new ArrayList<>();
    // The project's only values of no type's model are the unknown constants', which the walk goes
    // through too.
    // Most projects have none, and the search's classes are then not loaded.
    boolean placeholders =
        !log.unknownConstants().isEmpty() && new Substitution.Search().in(log.unknownConstants());
    for (TypeModel model : models) {
      placeholders |= model.placeholders();
      profiles.addAll(model.profiles());
      unused.addAll(model.unused());
      subscriptions.addAll(model.subscriptions());
      if (model.app() != null) {
        apps.add(model.app());
      } else if (model.auth() != null) {
        authsWithoutApp.add(model.auth());
      }
    }
    return new HubSpotProject(
        List.copyOf(apps),
        List.copyOf(authsWithoutApp),
        features(models),
        List.copyOf(subscriptions),
        List.copyOf(profiles),
        List.copyOf(unused),
        log.complete(),
        log.unknownConstants(),
        placeholders);
  }

  /**
   * The features of {@code models}, in the project's order: by type, and within a type in the
   * models' order (types come sorted by name, and the sort is stable).
   */
  public static List<Feature> features(Collection<TypeModel> models) {
    // By type in one pass, rather than a sort through a comparator: this runs interpreted over
    // every feature in each compilation of a build tool's new class loader.
    List<List<Feature>> byType = new ArrayList<>();
    for (int i = 0; i < ComponentType.values().length; i++) {
      byType.add(new ArrayList<>());
    }
    int count = 0;
    for (TypeModel model : models) {
      for (Feature feature : model.features()) {
        byType.get(feature.type().ordinal()).add(feature);
        count++;
      }
    }
    List<Feature> features = new ArrayList<>(count);
    for (List<Feature> ofType : byType) {
      features.addAll(ofType);
    }
    return List.copyOf(features);
  }
}
