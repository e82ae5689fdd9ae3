package io.github.hubspotapt.processor.endpoints;

import com.palantir.javapoet.JavaFile;
import io.github.hubspotapt.processor.component.ProjectReader;
import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.InputField;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.TypeModel;
import io.github.hubspotapt.processor.model.WebhookSettings;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import io.github.hubspotapt.processor.model.WorkflowAction;
import io.github.hubspotapt.processor.read.AnnotatedTypes;
import io.github.hubspotapt.processor.read.ReadLog;
import io.github.hubspotapt.processor.read.TypeIndex;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.Substitution;
import io.github.hubspotapt.processor.write.GeneratedAnnotation;
import io.github.hubspotapt.processor.write.GeneratedSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The run-time code of a compilation, where the run-time artifact is on its class path: per class
 * compiled from source, the webhook routes of its {@code @WebhookSubscription} methods, the
 * execution reader of its {@code @WorkflowAction} and the typed occurrences of its
 * {@code @AppEvent}; once, the app's entry point over all of them. Written in the rounds before the
 * last, as the OAuth helper is, so that javac compiles them with the rest.
 */
public final class EndpointsStep {

  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;
  private final Set<String> done = new HashSet<>();
  private boolean appDone;

  /** Made only where {@link RuntimeLibrary#present} holds, asked in the first round. */
  public EndpointsStep(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.diagnostics = diagnostics;
  }

  /**
   * Writes what this round's types need.
   *
   * @param types the HubSpot-annotated types so far, and those compiled from source; the entry
   *     point also takes those of earlier compilations that this one did not see ({@link
   *     TypeIndex})
   * @param profiles the profiles of hand-written profile files, beside those the annotations
   *     declare
   */
  public void round(AnnotatedTypes types, List<Profile> profiles) {
    Map<String, TypeElement> annotated = types.byName();
    ProjectReader projectReader = new ProjectReader(env.getElementUtils(), env.getTypeUtils());
    TypeReader reader = projectReader.reader(new ReadLog());
    Map<TypeElement, TypeModel> models = new LinkedHashMap<>();
    annotated.forEach(
        (name, type) -> {
          boolean pending = types.compiles(name) && done.add(name);
          if (pending || !appDone) {
            TypeModel model = projectReader.read(type, reader);
            models.put(type, model);
            if (pending) {
              perClass(type, model, reader);
            }
          }
        });
    if (appDone) {
      return;
    }
    for (TypeElement type : types.previous(new TypeIndex(env.getFiler()).read())) {
      models.put(type, projectReader.read(type, reader));
    }
    TypeElement app =
        models.entrySet().stream()
            .filter(entry -> entry.getValue().app() != null)
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(null);
    if (app == null || models.values().stream().filter(model -> model.app() != null).count() > 1) {
      return; // none yet: a later round may add it; two are HS-APP-DUPLICATE
    }
    appDone = true;
    ServedApp served = served(app, models.get(app).app(), models, profiles, reader);
    if (served.servesAnything()) {
      write(new AppEndpointsGenerator().generate(served, generated()), app);
    }
  }

  private void perClass(TypeElement type, TypeModel model, TypeReader reader) {
    GeneratedAnnotation generated = generated();
    List<WebhookSubscription> subscriptions = model.subscriptions();
    if (!subscriptions.isEmpty()) {
      new WebhookHandlers(diagnostics)
          .generate(type, subscriptions, generated)
          .ifPresent(file -> write(file, type));
    }
    for (Feature feature : model.features()) {
      if (feature instanceof WorkflowAction action) {
        new ActionIo(diagnostics, env.getTypeUtils())
            .generate(type, action, outputType(action, reader), generated)
            .ifPresent(file -> write(file, type));
      } else if (feature instanceof AppEvent event) {
        new AppEventOccurrences()
            .generate(type, event, generated)
            .ifPresent(file -> write(file, type));
      }
    }
  }

  private static TypeElement outputType(WorkflowAction action, TypeReader reader) {
    String output = action.outputType().value();
    return output == null || output.equals("void") ? null : reader.type(output);
  }

  private ServedApp served(
      TypeElement app,
      App appModel,
      Map<TypeElement, TypeModel> models,
      List<Profile> fileProfiles,
      TypeReader reader) {
    List<TypeElement> handlers = new ArrayList<>();
    List<ServedApp.Action> actions = new ArrayList<>();
    List<Profile> profiles = new ArrayList<>();
    WebhookSettings settings = null;
    List<WorkflowAction> actionModels = new ArrayList<>();
    for (Map.Entry<TypeElement, TypeModel> entry : models.entrySet()) {
      TypeModel model = entry.getValue();
      profiles.addAll(model.profiles());
      if (model.subscriptions().stream()
          .anyMatch(s -> s.origin().element() instanceof ExecutableElement)) {
        handlers.add(entry.getKey());
      }
      for (Feature feature : model.features()) {
        if (feature instanceof WebhookSettings webhooks) {
          settings = webhooks;
        } else if (feature instanceof WorkflowAction action
            && new ActionIo(diagnostics, env.getTypeUtils())
                .servable(entry.getKey(), outputType(action, reader), action)) {
          // An action the generated code cannot read (HS-WORKFLOW-ACTION-HANDLER) is not served.
          actionModels.add(action);
          actions.add(
              new ServedApp.Action(
                  entry.getKey(),
                  outputType(action, reader),
                  action.inputFields().stream().anyMatch(field -> isSet(field.optionsUrl()))));
        }
      }
    }
    profiles.addAll(fileProfiles);
    Map<String, Map<String, String>> urls = new LinkedHashMap<>();
    Map<String, List<String>> fetchUrls = new LinkedHashMap<>();
    if (profiles.isEmpty()) {
      urls.put("", urls(settings, actionModels, actions, !handlers.isEmpty()));
      fetchUrls.put("", fetchUrls(appModel));
    }
    for (Profile profile : profiles) {
      if (profile.name().value() != null && !urls.containsKey(profile.name().value())) {
        urls.put(
            profile.name().value(),
            urls(
                settings == null ? null : Substitution.substituted(profile, settings),
                actionModels.stream()
                    .map(action -> Substitution.substituted(profile, action))
                    .toList(),
                actions,
                !handlers.isEmpty()));
        fetchUrls.put(
            profile.name().value(), fetchUrls(Substitution.substituted(profile, appModel)));
      }
    }
    checkPaths(urls, settings, actionModels);
    return new ServedApp(app, handlers, actions, urls, fetchUrls);
  }

  private static Map<String, String> urls(
      WebhookSettings settings,
      List<WorkflowAction> actionModels,
      List<ServedApp.Action> actions,
      boolean webhooks) {
    Map<String, String> urls = new LinkedHashMap<>();
    if (webhooks && settings != null && isSet(settings.targetUrl())) {
      urls.put(ServedApp.WEBHOOKS, settings.targetUrl().value());
    }
    for (int i = 0; i < actions.size(); i++) {
      WorkflowAction model = actionModels.get(i);
      ServedApp.Action action = actions.get(i);
      if (isSet(model.actionUrl())) {
        urls.put(action.key(), model.actionUrl().value());
      }
      for (InputField field : model.inputFields()) {
        if (isSet(field.optionsUrl())) {
          urls.put(action.optionsKey(field.name().value()), field.optionsUrl().value());
        }
      }
    }
    return urls;
  }

  /** The app's {@code permittedUrls.fetch}, as declared; none where its block cannot be read. */
  private static List<String> fetchUrls(App app) {
    if (app.permittedUrls() == null || app.permittedUrls().fetch() == null) {
      return List.of();
    }
    return app.permittedUrls().fetch().stream()
        .filter(EndpointsStep::isSet)
        .map(Located::value)
        .toList();
  }

  /**
   * The entry point dispatches by path, so two endpoints at one path cannot both be served: an
   * error on the second URL. An action's options URLs may share a path with each other (one options
   * handler answers them all).
   */
  private void checkPaths(
      Map<String, Map<String, String>> urls,
      WebhookSettings settings,
      List<WorkflowAction> actions) {
    for (Map.Entry<String, Map<String, String>> profile : urls.entrySet()) {
      Map<String, String> ownerByPath = new LinkedHashMap<>();
      for (Map.Entry<String, String> url : profile.getValue().entrySet()) {
        String path = AppEndpointsGenerator.pathOf(url.getValue());
        String owner = owner(url.getKey());
        String previous = path == null ? null : ownerByPath.putIfAbsent(path, owner);
        if (previous != null && !previous.equals(owner)) {
          diagnostics.report(
              RuleId.ENDPOINT_PATH,
              origin(url.getKey(), settings, actions),
              "the URL "
                  + url.getValue()
                  + (profile.getKey().isEmpty() ? "" : " (profile " + profile.getKey() + ")")
                  + " has the path "
                  + path
                  + " of another endpoint; the generated entry point tells HubSpot's requests"
                  + " apart by path, so give each endpoint a path of its own");
          return;
        }
      }
    }
  }

  /**
   * Which endpoint a URL key belongs to: an action's options URLs all belong to its one options
   * endpoint.
   */
  private static String owner(String key) {
    return key.startsWith("options:") ? key.substring(0, key.lastIndexOf(':')) : key;
  }

  private static Origin origin(String key, WebhookSettings settings, List<WorkflowAction> actions) {
    if (key.equals(ServedApp.WEBHOOKS)) {
      return settings.targetUrl().origin();
    }
    for (WorkflowAction action : actions) {
      Element type = action.origin().element();
      String name = type instanceof TypeElement t ? t.getQualifiedName().toString() : "";
      if (key.equals("action:" + name)) {
        return action.actionUrl().origin();
      }
      for (InputField field : action.inputFields()) {
        if (key.equals("options:" + name + ":" + field.name().value())) {
          return field.optionsUrl().origin();
        }
      }
    }
    return null;
  }

  private static boolean isSet(Located<String> value) {
    return value != null && value.value() != null && !value.value().isEmpty();
  }

  private GeneratedAnnotation generated() {
    return GeneratedAnnotation.of(env.getElementUtils());
  }

  private void write(JavaFile file, TypeElement origin) {
    GeneratedSource.write(env.getFiler(), diagnostics, file, origin);
  }
}
