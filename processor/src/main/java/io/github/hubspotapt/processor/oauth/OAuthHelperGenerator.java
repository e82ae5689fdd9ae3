package io.github.hubspotapt.processor.oauth;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.processor.model.Auth;
import io.github.hubspotapt.processor.model.AuthType;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.write.GeneratedAnnotation;
import io.github.hubspotapt.processor.write.GeneratedNames;
import io.github.hubspotapt.processor.write.GeneratedSource;
import java.util.List;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Writes {@code <AppClass>OAuth}, the app's OAuth helper, next to the {@code @HubSpotApp} class:
 * its uid, scopes and redirect URLs as constants, and for an OAuth app the install-flow builders of
 * {@link OAuthFlowMembers}. Everything comes from {@code @Auth}, so the install URL cannot drift
 * from the project HubSpot validates. Client ids and secrets are run-time parameters of the
 * generated methods, never part of the generated file.
 */
public final class OAuthHelperGenerator {

  static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName STRING_LIST = ParameterizedTypeName.get(List.class, String.class);

  /** True when code for {@code version} can use the helper: it needs Java 11. */
  public static boolean supports(SourceVersion version) {
    return TargetJdk.supports(version);
  }

  /**
   * The helper's source, for code compiled for {@code version}.
   *
   * @throws IllegalArgumentException if {@code version} is before Java 11 (see {@link #supports})
   */
  public JavaFile generate(OAuthHelperInput input, Elements elements, SourceVersion version) {
    TypeElement type = input.appClass();
    Auth auth = input.auth();
    TargetJdk target = new TargetJdk(version, elements, type);
    if (!target.supported()) {
      throw new IllegalArgumentException("the OAuth helper needs Java 11 or later, not " + version);
    }
    boolean oauth = auth.type().value() == AuthType.OAUTH;
    ClassName helper = GeneratedNames.beside(type, "OAuth");
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(helper)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addOriginatingElement(type)
            .addJavadoc(javadoc(type, oauth, target));
    GeneratedAnnotation.of(elements).addTo(spec);
    spec.addField(
        constant(
            STRING,
            "APP_UID",
            CodeBlock.of("$S", input.uid()),
            "The app's uid, {@code @HubSpotApp(uid)}."));
    spec.addField(
        scopes(
            "REQUIRED_SCOPES",
            auth.requiredScopes(),
            "The scopes every installing account must grant, {@code @Auth(requiredScopes)} in declared order."));
    spec.addField(
        scopes(
            "OPTIONAL_SCOPES",
            auth.optionalScopes(),
            "The scopes granted when the installing account has them, {@code @Auth(optionalScopes)} in declared order."));
    spec.addField(
        scopes(
            "CONDITIONALLY_REQUIRED_SCOPES",
            auth.conditionallyRequiredScopes(),
            "The scopes that become required when the install URL asks for them,\n"
                + "{@code @Auth(conditionallyRequiredScopes)} in declared order."));
    if (oauth) {
      spec.addField(
          scopes(
              "REDIRECT_URLS",
              auth.redirectUrls(),
              "The redirect URLs HubSpot accepts for this app, {@code @Auth(redirectUrls)} in declared order."));
      new OAuthFlowMembers(helper, auth, input.profileRedirectUrls(), target.hasHttpClient())
          .addTo(spec);
    } else {
      spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    }
    return GeneratedSource.file(helper.packageName(), spec.build());
  }

  private static CodeBlock javadoc(TypeElement type, boolean oauth, TargetJdk target) {
    boolean linkable =
        type.getNestingKind() == NestingKind.TOP_LEVEL
            || type.getNestingKind() == NestingKind.MEMBER;
    CodeBlock appClass =
        linkable
            ? CodeBlock.of("{@link $T}", ClassName.get(type))
            : CodeBlock.of("{@code $L}", type);
    CodeBlock.Builder doc = CodeBlock.builder();
    if (oauth) {
      doc.add(
          "The OAuth install flow of the HubSpot app {@link #APP_UID}, generated from {@code @Auth} on $L:\n"
              + "the scopes and redirect URLs are the app's own, so the install URL always matches its HubSpot project.\n",
          appClass);
      doc.add(
          "\n<p>Send the user to {@link #authorizationUrl}; HubSpot redirects back with a {@code code}, which\n"
              + (target.hasHttpClient()
                  ? "{@link #tokenRequest} exchanges for an access and a refresh token; {@link #refreshRequest} renews\n"
                      + "the access token. Send the requests with {@code java.net.http.HttpClient}. With PKCE, make a\n"
                      + "{@link #newCodeVerifier()} per install, keep it with the state, and pass it to both.\n"
                  : "the app exchanges at {@link #TOKEN_PATH} on the API host. (The request builders need\n"
                      + "{@code requires java.net.http;} in the app's module.)\n"));
      doc.add(
          "\n<p>The client id and client secret are parameters, never part of this class: read them at run time,\n"
              + "e.g. from the environment. An instance holds only HubSpot's hosts: {@link #us()}, {@link #eu1()},\n"
              + "or others, e.g. a local stand-in in tests.\n");
    } else {
      doc.add(
          "The scopes of the HubSpot app {@link #APP_UID}, generated from {@code @Auth} on $L.\n"
              + "The app uses static auth, so there is no install flow: its access token comes from the app's settings\n"
              + "in HubSpot.\n",
          appClass);
    }
    doc.add("\n<p>Generated by hubspot-apt; do not edit: change {@code @Auth} and recompile.\n");
    return doc.build();
  }

  private static FieldSpec scopes(String name, List<Located<String>> values, String javadoc) {
    CodeBlock items =
        values.stream().map(v -> CodeBlock.of("$S", v.value())).collect(CodeBlock.joining(",$W"));
    return constant(STRING_LIST, name, CodeBlock.of("$T.of($L)", List.class, items), javadoc);
  }

  /** A {@code public static final} field with its javadoc. */
  static FieldSpec constant(TypeName type, String name, CodeBlock value, String javadoc) {
    return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", javadoc)
        .initializer(value)
        .build();
  }
}
