package io.github.hubspotapt.processor.read;

import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Auth;
import io.github.hubspotapt.processor.model.AuthType;
import io.github.hubspotapt.processor.model.Distribution;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.PermittedUrls;
import io.github.hubspotapt.processor.model.PlatformVersion;
import io.github.hubspotapt.processor.model.Support;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Turns the annotated types of a compilation into the project model. Reads only; judging is the rules' job. */
public final class ProjectReader {

  private final Elements elements;
  private final Types types;

  public ProjectReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** {@code types} are the types that carry any supported annotation, in a stable order. */
  public HubSpotProject read(Collection<TypeElement> types) {
    List<App> apps = new ArrayList<>();
    List<Auth> authsWithoutApp = new ArrayList<>();
    List<Feature> features = new ArrayList<>();
    List<WebhookSubscription> subscriptions = new ArrayList<>();
    ReadLog log = new ReadLog();
    FeatureReader featureReader = new FeatureReader(elements, this.types, log);
    for (TypeElement type : types) {
      MirrorReader agentTool = MirrorReader.find(type, AnnotationNames.AGENT_TOOL, elements, log);
      for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
        Feature feature =
            featureReader.read(MirrorReader.nameOf(mirror), type, new MirrorReader(type, mirror, elements, log), agentTool);
        if (feature != null) {
          features.add(feature);
        }
      }
      subscriptions.addAll(readSubscriptions(type, log));
      MirrorReader app = MirrorReader.find(type, AnnotationNames.HUBSPOT_APP, elements, log);
      MirrorReader auth = MirrorReader.find(type, AnnotationNames.AUTH, elements, log);
      Auth readAuth = auth == null ? null : readAuth(auth);
      if (app != null) {
        apps.add(readApp(app, readAuth));
      } else if (readAuth != null) {
        authsWithoutApp.add(readAuth);
      }
    }
    // Types come sorted by name; a stable sort by type keeps that order within each type.
    features.sort(Comparator.comparing(Feature::type));
    return new HubSpotProject(List.copyOf(apps), List.copyOf(authsWithoutApp), List.copyOf(features),
        List.copyOf(subscriptions), log.complete(), log.unknownConstants());
  }

  /** The subscriptions on the type, then on its methods in declaration order; containers are unpacked. */
  private List<WebhookSubscription> readSubscriptions(TypeElement type, ReadLog log) {
    List<Element> declaring = new ArrayList<>(List.of(type));
    declaring.addAll(ElementFilter.methodsIn(type.getEnclosedElements()));
    List<WebhookSubscription> subscriptions = new ArrayList<>();
    for (Element element : declaring) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        MirrorReader reader = new MirrorReader(element, mirror, elements, log);
        switch (MirrorReader.nameOf(mirror)) {
          case AnnotationNames.WEBHOOK_SUBSCRIPTION -> subscriptions.add(subscription(reader));
          case AnnotationNames.WEBHOOK_SUBSCRIPTIONS ->
              reader.annotations("value").forEach(each -> subscriptions.add(subscription(each)));
          default -> { }
        }
      }
    }
    return subscriptions;
  }

  private static WebhookSubscription subscription(MirrorReader subscription) {
    return new WebhookSubscription(subscription.origin(), subscription.string("subscriptionType"),
        subscription.string("objectType"), subscription.string("propertyName"), subscription.bool("active"));
  }

  private App readApp(MirrorReader app, Auth auth) {
    return new App(
        app.origin(),
        app.string("uid"),
        app.string("name"),
        app.string("description"),
        app.enumConstant("distribution", Distribution.class),
        readPermittedUrls(app.annotation("permittedUrls")),
        readSupport(app.annotation("support"), app),
        app.string("projectName"),
        app.enumConstant("platformVersion", PlatformVersion.class),
        app.string("srcDir"),
        auth);
  }

  /** {@code @Auth}, also read on its own for the OAuth helper, which is generated before the whole project is read. */
  public static Auth readAuth(MirrorReader auth) {
    return new Auth(
        auth.origin(),
        auth.enumConstant("type", AuthType.class),
        auth.strings("redirectUrls"),
        auth.strings("requiredScopes"),
        auth.strings("optionalScopes"),
        auth.strings("conditionallyRequiredScopes"));
  }

  private static PermittedUrls readPermittedUrls(MirrorReader urls) {
    if (urls == null) {
      return new PermittedUrls(List.of(), List.of(), List.of());
    }
    return new PermittedUrls(urls.strings("fetch"), urls.strings("iframe"), urls.strings("img"));
  }

  private static Support readSupport(MirrorReader support, MirrorReader app) {
    MirrorReader from = support == null ? app : support;
    return new Support(
        from.string("supportEmail"), from.string("documentationUrl"), from.string("supportUrl"), from.string("supportPhone"));
  }
}
