package io.github.hubspotapt.processor.endpoints;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.processor.write.GeneratedAnnotation;
import io.github.hubspotapt.processor.write.GeneratedNames;
import io.github.hubspotapt.processor.write.GeneratedSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes {@code <AppClass>Endpoints}, the app's one entry point: a builder that takes the client
 * secret (or a verifier), the HubSpot profile whose URLs HubSpot calls, and one handler per webhook
 * handler class and workflow action, and builds the {@code HubSpotEndpoints} that serve them at the
 * paths of the declared URLs. A missing handler is an error of {@code build()}, before the first
 * request; a handler of the wrong type does not compile.
 */
final class AppEndpointsGenerator {

  static final String SUFFIX = "Endpoints";

  JavaFile generate(ServedApp app, GeneratedAnnotation generated) {
    ClassName name = GeneratedNames.beside(app.appClass(), SUFFIX);
    ClassName builder = name.nestedClass("Builder");
    Map<String, String> members = memberNames(app);
    boolean profileMatters = profileMatters(app);
    TypeSpec.Builder builderSpec =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Collects what the endpoints need; {@link #build()} says what is missing.\n")
            .addField(RuntimeTypes.REQUEST_VERIFIER, "verifier", Modifier.PRIVATE)
            .addField(profileField(app, profileMatters))
            .addField(
                FieldSpec.builder(RuntimeTypes.REQUEST_LOG, "log", Modifier.PRIVATE)
                    .initializer("new $T()", RuntimeTypes.REQUEST_LOG)
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("clientSecret")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(String.class, "clientSecret")
                    .addJavadoc(
                        "Verifies HubSpot's v3 signatures with the app's client secret, which is kept only inside the\n"
                            + "verifier and never logged.\n\n@param clientSecret the app's client secret\n@return this builder\n")
                    .addStatement(
                        "this.verifier = $T.of(clientSecret)", RuntimeTypes.SIGNATURE_VERIFIER)
                    .addStatement("return this")
                    .build())
            .addMethod(
                setter(
                    builder,
                    "verifier",
                    RuntimeTypes.REQUEST_VERIFIER,
                    "verifier",
                    "Verifies requests with {@code verifier} instead, for example one that also accepts v1 or v2 signatures."))
            .addMethod(
                setter(
                    builder,
                    "requestLog",
                    RuntimeTypes.REQUEST_LOG,
                    "log",
                    "Tells refused and failed requests to {@code log} instead of {@link System.Logger}."))
            .addMethod(
                MethodSpec.methodBuilder("profile")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(String.class, "profile")
                    .addJavadoc(
                        "The HubSpot profile whose URLs HubSpot calls and signs: one of {@link #PROFILES}.\n\n"
                            + "@param profile the profile's name\n@return this builder\n@throws IllegalArgumentException for a"
                            + " profile the app does not declare\n")
                    .beginControlFlow("if (!URLS.containsKey(profile))")
                    .addStatement(
                        "throw new $T($S + profile + $S + PROFILES)",
                        IllegalArgumentException.class,
                        "no HubSpot profile ",
                        " in this app; its profiles are ")
                    .endControlFlow()
                    .addStatement("this.profile = profile")
                    .addStatement("return this")
                    .build());
    for (TypeElement handler : app.handlers()) {
      String member = members.get(handler.getQualifiedName().toString());
      builderSpec.addField(ClassName.get(handler), member, Modifier.PRIVATE);
      builderSpec.addMethod(
          setter(
              builder,
              member,
              ClassName.get(handler),
              member,
              "The instance whose {@code @WebhookSubscription} methods handle the webhook events."));
    }
    for (ServedApp.Action action : app.actions()) {
      String member = members.get(action.key());
      TypeName handlerType = ActionIo.handlerType(action.type(), action.output());
      builderSpec.addField(handlerType, member, Modifier.PRIVATE);
      builderSpec.addMethod(
          setter(
              builder,
              member,
              handlerType,
              member,
              "Executes the workflow action {@link "
                  + action.type().getSimpleName()
                  + "}; its result is the action's declared output."));
      if (action.hasOptions()) {
        builderSpec.addField(RuntimeTypes.OPTIONS_HANDLER, member + "Options", Modifier.PRIVATE);
        builderSpec.addMethod(
            setter(
                builder,
                member + "Options",
                RuntimeTypes.OPTIONS_HANDLER,
                member + "Options",
                "Answers the options requests of the action's fields that have an {@code optionsUrl}."));
      }
    }
    builderSpec.addMethod(build(app, members, name));
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addOriginatingElement(app.appClass())
            .addJavadoc(
                "The HubSpot endpoints of {@link $T}, generated from its annotations: webhook batches to the\n"
                    + "{@code @WebhookSubscription} methods, execution requests to the workflow actions' handlers, each\n"
                    + "verified by its signature before it is read. Serve {@code builder()...build()} with any HTTP stack\n"
                    + "(the run time's adapter for the JDK's HTTP server, a servlet, Spring).\n",
                ClassName.get(app.appClass()))
            .addField(urls(app))
            .addField(
                FieldSpec.builder(
                        ParameterizedTypeName.get(List.class, String.class),
                        "PROFILES",
                        Modifier.PUBLIC,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .addJavadoc("The app's HubSpot profiles; empty when it has none.\n")
                    .initializer(
                        "$T.of($L)",
                        List.class,
                        CodeBlock.join(
                            app.urls().keySet().stream()
                                .filter(profile -> !profile.isEmpty())
                                .map(profile -> CodeBlock.of("$S", profile))
                                .toList(),
                            ", "))
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("builder")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builder)
                    .addJavadoc("A builder of the endpoints.\n\n@return a new builder\n")
                    .addStatement("return new $T()", builder)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("urls")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(ParameterizedTypeName.get(Map.class, String.class, String.class))
                    .addParameter(String.class, "profile")
                    .addJavadoc(
                        "The URLs HubSpot calls under {@code profile}, by endpoint, as declared.\n\n"
                            + "@param profile a profile of {@link #PROFILES}, or {@code \"\"} for an app without profiles\n"
                            + "@return the URLs; empty for an unknown profile\n")
                    .addStatement("return URLS.getOrDefault(profile, $T.of())", Map.class)
                    .build())
            .addMethod(pathMethod())
            .addFields(app.hasFetchUrls() ? List.of(fetchUrls(app)) : List.of())
            .addMethods(app.hasFetchUrls() ? List.of(fetchVerifier()) : List.of())
            .addType(builderSpec.build());
    generated.addTo(spec);
    return GeneratedSource.file(name.packageName(), spec.build());
  }

  /** The chosen profile: none yet where it matters, else the one set of URLs there is. */
  private static FieldSpec profileField(ServedApp app, boolean profileMatters) {
    FieldSpec.Builder field = FieldSpec.builder(String.class, "profile", Modifier.PRIVATE);
    if (!profileMatters) {
      field.initializer("$S", app.urls().keySet().iterator().next());
    }
    return field.build();
  }

  /**
   * Whether the URLs differ between profiles, so that the builder must be told which one HubSpot
   * calls.
   */
  private static boolean profileMatters(ServedApp app) {
    return new LinkedHashSet<>(app.urls().values()).size() > 1;
  }

  private static FieldSpec urls(ServedApp app) {
    CodeBlock.Builder byProfile = CodeBlock.builder();
    for (Map.Entry<String, Map<String, String>> profile : app.urls().entrySet()) {
      CodeBlock.Builder entries = CodeBlock.builder();
      for (Map.Entry<String, String> url : profile.getValue().entrySet()) {
        entries
            .add(entries.isEmpty() ? "" : ",\n")
            .add("$T.entry($S, $S)", Map.class, url.getKey(), url.getValue());
      }
      byProfile
          .add(byProfile.isEmpty() ? "" : ",\n")
          .add(
              "$T.entry($S, $T.ofEntries(\n$>$L$<))",
              Map.class,
              profile.getKey(),
              Map.class,
              entries.build());
    }
    return FieldSpec.builder(
            ParameterizedTypeName.get(
                ClassName.get(Map.class),
                ClassName.get(String.class),
                ParameterizedTypeName.get(Map.class, String.class, String.class)),
            "URLS",
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.ofEntries(\n$>$L$<)", Map.class, byProfile.build())
        .build();
  }

  private static FieldSpec fetchUrls(ServedApp app) {
    CodeBlock.Builder byProfile = CodeBlock.builder();
    for (Map.Entry<String, List<String>> profile : app.fetchUrls().entrySet()) {
      CodeBlock urls =
          CodeBlock.join(
              profile.getValue().stream().map(url -> CodeBlock.of("$S", url)).toList(), ", ");
      byProfile
          .add(byProfile.isEmpty() ? "" : ",\n")
          .add("$T.entry($S, $T.of($L))", Map.class, profile.getKey(), List.class, urls);
    }
    return FieldSpec.builder(
            ParameterizedTypeName.get(
                ClassName.get(Map.class),
                ClassName.get(String.class),
                ParameterizedTypeName.get(List.class, String.class)),
            "FETCH_URLS",
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.ofEntries(\n$>$L$<)", Map.class, byProfile.build())
        .build();
  }

  /** A verifier for the app's card and page back ends, behind {@code permittedUrls.fetch}. */
  private static MethodSpec fetchVerifier() {
    return MethodSpec.methodBuilder("fetchVerifier")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(RuntimeTypes.PERMITTED_FETCH_VERIFIER)
        .addParameter(String.class, "clientSecret")
        .addParameter(String.class, "profile")
        .addParameter(String.class, "mountPath")
        .addJavadoc(
            "Verifies the requests that the app's cards and pages send with {@code hubspot.fetch()} to the\n"
                + "back end behind {@code permittedUrls.fetch}, as declared under {@code profile}.\n\n"
                + "@param clientSecret the app's client secret\n"
                + "@param profile a profile of {@link #PROFILES}, or {@code \"\"} for an app without profiles\n"
                + "@param mountPath where the application serves the back end: a request to {@code mountPath + rest} is\n"
                + "    HubSpot's call of {@code <permitted URL> + rest}\n"
                + "@return the verifier\n"
                + "@throws IllegalArgumentException for a profile without fetch URLs\n")
        .addStatement(
            "$T<String> urls = FETCH_URLS.getOrDefault(profile, $T.of())", List.class, List.class)
        .beginControlFlow("if (urls.isEmpty())")
        .addStatement(
            "throw new $T($S + profile)",
            IllegalArgumentException.class,
            "no permittedUrls.fetch under the profile ")
        .endControlFlow()
        .addStatement(
            "return $T.of($T.of(clientSecret), urls, mountPath)",
            RuntimeTypes.PERMITTED_FETCH_VERIFIER,
            RuntimeTypes.SIGNATURE_VERIFIER)
        .build();
  }

  private static MethodSpec build(ServedApp app, Map<String, String> members, ClassName name) {
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .returns(RuntimeTypes.ENDPOINTS)
            .addJavadoc(
                "The endpoints, each at the path of its URL under the chosen profile.\n\n"
                    + "@return the app's entry point\n@throws IllegalStateException naming each missing handler, the missing\n"
                    + "    secret or profile\n")
            .addStatement("$T<String> missing = new $T<>()", List.class, ArrayList.class)
            .addStatement(
                "if (verifier == null) missing.add($S)",
                "clientSecret(String) or verifier(RequestVerifier)")
            .addStatement(
                "if (profile == null) missing.add($S + PROFILES)", "profile(String), one of ");
    for (TypeElement handler : app.handlers()) {
      String member = members.get(handler.getQualifiedName().toString());
      build.addStatement(
          "if ($N == null) missing.add($S)", member, member + "(" + handler.getSimpleName() + ")");
    }
    for (ServedApp.Action action : app.actions()) {
      String member = members.get(action.key());
      build.addStatement("if ($N == null) missing.add($S)", member, member + "(ActionHandler)");
      if (action.hasOptions()) {
        build.addStatement(
            "if ($N == null) missing.add($S)",
            member + "Options",
            member + "Options(OptionsHandler)");
      }
    }
    build
        .beginControlFlow("if (!missing.isEmpty())")
        .addStatement(
            "throw new $T($S + String.join($S, missing))",
            IllegalStateException.class,
            name.simpleName() + " needs ",
            ", ")
        .endControlFlow()
        .addStatement("$T<String, String> urls = URLS.get(profile)", Map.class)
        .addStatement(
            "$T<String, $T> byPath = new $T<>()",
            Map.class,
            RuntimeTypes.ENDPOINT,
            LinkedHashMap.class);
    if (!app.handlers().isEmpty()) {
      build.addStatement(
          "$T<$T> routes = new $T<>()", List.class, RuntimeTypes.WEBHOOK_ROUTE, ArrayList.class);
      for (TypeElement handler : app.handlers()) {
        build.addStatement(
            "routes.addAll($T.routes($N))",
            WebhookHandlers.routesClass(handler),
            members.get(handler.getQualifiedName().toString()));
      }
      build
          .addStatement("String targetUrl = urls.get($S)", ServedApp.WEBHOOKS)
          .addStatement(
              "byPath.put(path(targetUrl), new $T(verifier, targetUrl, routes, log, $T.HUBSPOT))",
              RuntimeTypes.WEBHOOK_ENDPOINT,
              RuntimeTypes.WEBHOOK_LIMITS);
    }
    for (ServedApp.Action action : app.actions()) {
      String member = members.get(action.key());
      ClassName io = ActionIo.ioClass(action.type());
      build.addStatement("String $NUrl = urls.get($S)", member, action.key());
      build.addStatement(
          "byPath.put(path($NUrl), $T.of(verifier, $NUrl, $T::read, $N, $L, log))",
          member,
          RuntimeTypes.ACTION_ENDPOINT,
          member,
          io,
          member,
          action.output() == null
              ? CodeBlock.of("output -> $T.of()", Map.class)
              : CodeBlock.of("$T::write", io));
      if (action.hasOptions()) {
        build
            .beginControlFlow("for ($T.Entry<String, String> url : urls.entrySet())", Map.class)
            .beginControlFlow(
                "if (url.getKey().startsWith($S))",
                "options:" + action.type().getQualifiedName() + ":")
            .addStatement(
                "byPath.putIfAbsent(path(url.getValue()), $T.of(verifier, url.getValue(), $N, log))",
                RuntimeTypes.OPTIONS_ENDPOINT,
                member + "Options")
            .endControlFlow()
            .endControlFlow();
      }
    }
    build.addStatement("return $T.of(byPath, log)", RuntimeTypes.ENDPOINTS);
    return build.build();
  }

  private static MethodSpec setter(
      ClassName builder, String method, TypeName type, String field, String doc) {
    return MethodSpec.methodBuilder(method)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(type, field)
        .addJavadoc(doc + "\n\n@param " + field + " the " + field + "\n@return this builder\n")
        .addStatement("this.$N = $N", field, field)
        .addStatement("return this")
        .build();
  }

  /**
   * The builder's member of each handler class (by qualified name) and action (by key): the type's
   * simple name in lower camel case, its package's last segments before it where two would clash.
   */
  static Map<String, String> memberNames(ServedApp app) {
    Map<String, TypeElement> byKey = new LinkedHashMap<>();
    app.handlers().forEach(handler -> byKey.put(handler.getQualifiedName().toString(), handler));
    app.actions().forEach(action -> byKey.put(action.key(), action.type()));
    Map<String, String> names = new LinkedHashMap<>();
    Set<String> taken =
        new LinkedHashSet<>(
            List.of(
                "clientSecret",
                "verifier",
                "requestLog",
                "profile",
                "build",
                "log",
                "missing",
                "urls",
                "byPath",
                "routes",
                "targetUrl"));
    for (Map.Entry<String, TypeElement> entry : byKey.entrySet()) {
      String simple = entry.getValue().getSimpleName().toString();
      String candidate = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
      for (int n = 2;
          taken.contains(candidate)
              || taken.contains(candidate + "Options")
              || taken.contains(candidate + "Url");
          n++) {
        candidate = Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + n;
      }
      taken.add(candidate);
      taken.add(candidate + "Url");
      names.put(entry.getKey(), candidate);
    }
    return names;
  }

  /**
   * The path HubSpot's request for {@code url} arrives at, percent-encoded as sent; null for no
   * URL.
   */
  static String pathOf(String url) {
    try {
      String path = URI.create(url).getRawPath();
      return path == null || path.isEmpty() ? "/" : path;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static MethodSpec pathMethod() {
    return MethodSpec.methodBuilder("path")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "url")
        .addJavadoc(
            "The path of {@code url}: where HubSpot's request arrives, percent-encoded as sent.\n")
        .addStatement("String path = $T.create(url).getRawPath()", URI.class)
        .addStatement("return path == null || path.isEmpty() ? $S : path", "/")
        .build();
  }
}
