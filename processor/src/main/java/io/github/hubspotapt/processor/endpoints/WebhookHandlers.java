package io.github.hubspotapt.processor.endpoints;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import io.github.hubspotapt.processor.write.GeneratedAnnotation;
import io.github.hubspotapt.processor.write.GeneratedNames;
import io.github.hubspotapt.processor.write.GeneratedSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The webhook handlers of one class compiled from source: checks that the generated code can call
 * each {@code @WebhookSubscription} method with values of the event, and writes {@code
 * <Class>_WebhookRoutes}, whose {@code routes(handler)} gives one route per subscription. Generated
 * per class, where the class is compiled from source, because only there are parameter names known
 * for sure (a class file keeps them only under {@code -parameters}); the app's entry point calls it
 * by name.
 */
final class WebhookHandlers {

  static final String SUFFIX = "_WebhookRoutes";

  private final Diagnostics diagnostics;

  WebhookHandlers(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The routes class of {@code type}, whose subscriptions are {@code subscriptions}; empty when
   * none is on a method, or a method or the class cannot be called from generated code (each such
   * problem is reported).
   */
  Optional<JavaFile> generate(
      TypeElement type, List<WebhookSubscription> subscriptions, GeneratedAnnotation generated) {
    List<ExecutableElement> methods = new ArrayList<>();
    List<WebhookSubscription> onMethods = new ArrayList<>();
    for (WebhookSubscription subscription : subscriptions) {
      Element element = subscription.origin().element();
      if (element instanceof ExecutableElement method) {
        if (!methods.contains(method)) {
          methods.add(method);
        }
        onMethods.add(subscription);
      } else {
        diagnostics.report(
            RuleId.WEBHOOK_UNHANDLED,
            subscription.origin(),
            "the subscription "
                + subscription.subscriptionType().value()
                + " is declared on the class "
                + type.getSimpleName()
                + ", so no method handles its events: the generated endpoint acknowledges them (2xx) and calls nothing;"
                + " declare it on the method that handles it");
      }
    }
    if (methods.isEmpty()) {
      return Optional.empty();
    }
    boolean callable = classCallable(type);
    for (WebhookSubscription subscription : onMethods) {
      callable &= WebhookRouteRule.routable(subscription, diagnostics);
    }
    List<CodeBlock> calls = new ArrayList<>();
    for (ExecutableElement method : methods) {
      CodeBlock arguments = arguments(method);
      callable &= methodCallable(type, method) && arguments != null;
      calls.add(arguments);
    }
    if (!callable) {
      return Optional.empty();
    }
    ClassName handlerType = ClassName.get(type);
    ClassName routesName = routesClass(type);
    CodeBlock.Builder routes = CodeBlock.builder().add("return $T.of(", List.class).indent();
    for (int i = 0; i < onMethods.size(); i++) {
      WebhookSubscription subscription = onMethods.get(i);
      ExecutableElement method = (ExecutableElement) subscription.origin().element();
      routes.add(i == 0 ? "\n" : ",\n");
      routes.add(
          "new $T($S, $S, $S, $S,\n    event -> handler.$N($L))",
          RuntimeTypes.WEBHOOK_ROUTE,
          subscription.subscriptionType().value(),
          orEmpty(subscription.objectType().value()),
          orEmpty(subscription.propertyName().value()),
          type.getSimpleName() + "." + method.getSimpleName(),
          method.getSimpleName().toString(),
          calls.get(methods.indexOf(method)));
    }
    routes.unindent().add(");\n");
    MethodSpec routesMethod =
        MethodSpec.methodBuilder("routes")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(
                ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.WEBHOOK_ROUTE))
            .addParameter(handlerType, "handler")
            .addJavadoc(
                "One route per {@code @WebhookSubscription} of {@link $T}, in declaration order, each calling\n"
                    + "its method on {@code handler} with the event's values its parameters name.\n",
                handlerType)
            .addCode(routes.build())
            .build();
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(routesName)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addOriginatingElement(type)
            .addJavadoc(
                "The webhook routes of {@link $T}, generated from its {@code @WebhookSubscription} methods.\n",
                handlerType)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(routesMethod);
    generated.addTo(spec);
    return Optional.of(GeneratedSource.file(routesName.packageName(), spec.build()));
  }

  /** {@code <Outer>_<Inner>_WebhookRoutes} beside {@code type}. */
  static ClassName routesClass(TypeElement type) {
    return GeneratedNames.beside(type, SUFFIX);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /**
   * The generated routes class, in the handler's package, calls it on an instance the application
   * gives.
   */
  private boolean classCallable(TypeElement type) {
    for (Element e = type; e instanceof TypeElement enclosing; e = e.getEnclosingElement()) {
      String problem = null;
      if (enclosing.getNestingKind() == NestingKind.LOCAL
          || enclosing.getNestingKind() == NestingKind.ANONYMOUS) {
        problem = "is a local class, which generated code cannot name";
      } else if (!enclosing.getModifiers().contains(Modifier.PUBLIC)) {
        problem =
            "is not public, and the app's entry point, which takes the handler, may be in another package";
      } else if (enclosing.getNestingKind() == NestingKind.MEMBER
          && !enclosing.getModifiers().contains(Modifier.STATIC)
          && enclosing.getKind() == ElementKind.CLASS) {
        problem = "is an inner class; make it static";
      }
      if (problem != null) {
        diagnostics.report(
            RuleId.WEBHOOK_HANDLER,
            Origin.of(type),
            "the webhook handler class "
                + type.getQualifiedName()
                + " cannot be called by the generated endpoint: "
                + enclosing.getSimpleName()
                + " "
                + problem);
        return false;
      }
    }
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.report(
          RuleId.WEBHOOK_HANDLER,
          Origin.of(type),
          "the webhook handler class "
              + type.getSimpleName()
              + " has type parameters "
              + type.getTypeParameters()
              + ", which the generated endpoint cannot choose; declare the subscriptions on a class without them");
      return false;
    }
    return true;
  }

  private boolean methodCallable(TypeElement type, ExecutableElement method) {
    String name = method.getSimpleName().toString();
    String problem = null;
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      problem = "is not public; the generated routes call it from their own class";
    } else if (method.getModifiers().contains(Modifier.STATIC)) {
      problem =
          "is static; the generated routes call it on the handler instance given to the app's entry point,"
              + " so make it an instance method";
    } else if (!method.getTypeParameters().isEmpty()) {
      problem = "has type parameters, which the generated routes cannot choose";
    } else if (ElementFilter.methodsIn(type.getEnclosedElements()).stream()
            .filter(other -> other.getSimpleName().contentEquals(name))
            .count()
        > 1) {
      problem =
          "is overloaded; give each handler method its own name, so that the route names one method";
    }
    if (problem == null) {
      return true;
    }
    diagnostics.report(
        RuleId.WEBHOOK_HANDLER,
        Origin.of(method),
        "the webhook handler method " + name + " " + problem);
    return false;
  }

  /**
   * The arguments of a call to {@code method}, each from {@code event}; null when a parameter does
   * not bind.
   */
  private CodeBlock arguments(ExecutableElement method) {
    List<CodeBlock> arguments = new ArrayList<>();
    boolean bound = true;
    for (VariableElement parameter : method.getParameters()) {
      String type = parameter.asType().toString();
      String name = parameter.getSimpleName().toString();
      if (type.equals(RuntimeTypes.WEBHOOK_EVENT.canonicalName())) {
        arguments.add(CodeBlock.of("event"));
        continue;
      }
      WebhookParameter value = WebhookParameter.named(name);
      String accessor = value == null ? null : value.accessorFor(type);
      if (accessor != null) {
        arguments.add(CodeBlock.of("$L", accessor));
        continue;
      }
      bound = false;
      if (value == null) {
        diagnostics.report(
            RuleId.WEBHOOK_PARAMETER,
            Origin.of(parameter),
            "parameter "
                + name
                + " of "
                + method.getSimpleName()
                + " is bound to nothing"
                + Suggestions.didYouMean(name, WebhookParameter.names())
                + ": a webhook handler's parameter is the event (type "
                + RuntimeTypes.WEBHOOK_EVENT.simpleName()
                + ") or one of its values by HubSpot's name ("
                + String.join(", ", WebhookParameter.names())
                + ")");
      } else {
        diagnostics.report(
            RuleId.WEBHOOK_PARAMETER,
            Origin.of(parameter),
            "parameter "
                + name
                + " of "
                + method.getSimpleName()
                + " has type "
                + type
                + ", but the event's "
                + name
                + " binds to "
                + String.join(" or ", value.types())
                + " (nearest: "
                + value.types().get(0)
                + ")");
      }
    }
    return bound ? CodeBlock.join(arguments, ", ") : null;
  }
}
