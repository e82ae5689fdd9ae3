package io.github.hubspotapt.processor.oauth;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.ClassOutput;
import io.github.hubspotapt.processor.testing.HubSpotCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The OAuth helper the processor generated for one compilation: compiled with {@code -Xlint:all}
 * and no warning, loaded from the compilation's class output, and called by reflection.
 */
final class GeneratedHelper {

  private final Class<?> type;
  private final String source;

  private GeneratedHelper(Class<?> type, String source) {
    this.type = type;
    this.source = source;
  }

  /** Compiles {@code sources} and loads {@code helperName}, e.g. {@code test.TestAppOAuth}. */
  static GeneratedHelper compile(String helperName, JavaFileObject... sources) {
    Compilation compilation = HubSpotCompiler.compile(List.of("-Xlint:all"), sources);
    assertThat(compilation).succeededWithoutWarnings();
    return load(compilation, helperName);
  }

  static GeneratedHelper load(Compilation compilation, String helperName) {
    JavaFileObject generated =
        compilation
            .generatedSourceFile(helperName)
            .orElseThrow(
                () ->
                    new AssertionError("no " + helperName + " in " + compilation.generatedFiles()));
    ClassOutput classes = new ClassOutput(compilation);
    assertWithMessage("class output").that(classes.has(helperName)).isTrue();
    try {
      return new GeneratedHelper(
          classes.loadClass(helperName), generated.getCharContent(true).toString());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Class<?> type() {
    return type;
  }

  String source() {
    return source;
  }

  Object constant(String name) {
    try {
      return type.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }

  /** An instance whose app host and API host are {@code appHost} and {@code apiHost}. */
  Object at(URI appHost, URI apiHost) {
    try {
      return type.getConstructor(URI.class, URI.class).newInstance(appHost, apiHost);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }

  /** {@code us()} or {@code eu1()}. */
  Object dataCentre(String factory) {
    return call(null, factory, new Class<?>[0]);
  }

  URI authorizationUrl(Object helper, String clientId, String redirectUri, String state) {
    return (URI)
        call(
            helper,
            "authorizationUrl",
            new Class<?>[] {String.class, String.class, String.class},
            clientId,
            redirectUri,
            state);
  }

  URI authorizationUrl(
      Object helper, String clientId, String redirectUri, String state, List<String> conditional) {
    return (URI)
        call(
            helper,
            "authorizationUrl",
            new Class<?>[] {String.class, String.class, String.class, java.util.Collection.class},
            clientId,
            redirectUri,
            state,
            conditional);
  }

  URI authorizationUrl(
      Object helper, String clientId, String redirectUri, String state, String codeVerifier) {
    return (URI)
        call(
            helper,
            "authorizationUrl",
            new Class<?>[] {String.class, String.class, String.class, String.class},
            clientId,
            redirectUri,
            state,
            codeVerifier);
  }

  HttpRequest tokenRequest(
      Object helper,
      String clientId,
      String clientSecret,
      String redirectUri,
      String code,
      String codeVerifier) {
    return (HttpRequest)
        call(
            helper,
            "tokenRequest",
            new Class<?>[] {String.class, String.class, String.class, String.class, String.class},
            clientId,
            clientSecret,
            redirectUri,
            code,
            codeVerifier);
  }

  String newCodeVerifier() {
    return (String) call(null, "newCodeVerifier", new Class<?>[0]);
  }

  String codeChallenge(String codeVerifier) {
    return (String) call(null, "codeChallenge", new Class<?>[] {String.class}, codeVerifier);
  }

  HttpRequest tokenRequest(
      Object helper, String clientId, String clientSecret, String redirectUri, String code) {
    return (HttpRequest)
        call(
            helper,
            "tokenRequest",
            new Class<?>[] {String.class, String.class, String.class, String.class},
            clientId,
            clientSecret,
            redirectUri,
            code);
  }

  HttpRequest refreshRequest(
      Object helper, String clientId, String clientSecret, String refreshToken) {
    return (HttpRequest)
        call(
            helper,
            "refreshRequest",
            new Class<?>[] {String.class, String.class, String.class},
            clientId,
            clientSecret,
            refreshToken);
  }

  /** Calls a public method; an exception it throws is thrown as is. */
  Object call(Object target, String name, Class<?>[] parameters, Object... args) {
    try {
      Method method = type.getMethod(name, parameters);
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }

  private static RuntimeException rethrow(InvocationTargetException e) {
    if (e.getCause() instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw new AssertionError(e.getCause());
  }
}
