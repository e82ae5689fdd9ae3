package io.github.hubspotapt.processor.oauth;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.processor.model.Auth;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * The install-flow members of an OAuth app's helper: HubSpot's hosts, the authorization URL, and
 * the token and refresh requests.
 *
 * <p>HubSpot's contract, from its OAuth docs
 * (https://developers.hubspot.com/docs/api-reference/auth-oauth-v3/guide and
 * https://developers.hubspot.com/docs/apps/legacy-apps/authentication/oauth-quickstart-guide): the
 * browser goes to {@code https://app.hubspot.com/oauth/authorize} with {@code client_id}, {@code
 * scope} (space-separated, spaces encoded as {@code %20}), {@code optional_scope}, {@code
 * redirect_uri} and {@code state}; the code is exchanged by a form-encoded POST of {@code
 * grant_type=authorization_code}, {@code code}, {@code redirect_uri}, {@code client_id}, {@code
 * client_secret}, and renewed with {@code grant_type=refresh_token}, {@code refresh_token}, {@code
 * client_id}, {@code client_secret}. The token endpoint is {@code /oauth/2026-03/token}, the one
 * HubSpot's migration guide
 * (https://developers.hubspot.com/docs/api-reference/legacy/authentication/oauth-tokens/v1/migration-guide)
 * names as the latest: {@code /oauth/v1/token} is deprecated (sunset 2027-02-16), {@code
 * /oauth/v3/token} is listed as legacy.
 *
 * <p>PKCE (RFC 7636, method {@code S256}) is optional: the overloads with a {@code codeVerifier}
 * add {@code code_challenge} and {@code code_challenge_method=S256} to the install URL and {@code
 * code_verifier} to the code exchange, the form field HubSpot's token endpoints document; the
 * overloads without it stay as they were.
 */
final class OAuthFlowMembers {

  static final String AUTHORIZE_PATH = "/oauth/authorize";
  static final String TOKEN_PATH = "/oauth/2026-03/token";
  static final String US_APP_HOST = "https://app.hubspot.com";
  static final String US_API_HOST = "https://api.hubapi.com";
  static final String EU1_APP_HOST = "https://app-eu1.hubspot.com";
  static final String EU1_API_HOST = "https://api-eu1.hubapi.com";

  private static final ClassName HTTP_REQUEST = ClassName.get("java.net.http", "HttpRequest");
  private static final ClassName BODY_PUBLISHERS = HTTP_REQUEST.nestedClass("BodyPublishers");
  private static final ParameterizedTypeName STRING_LIST =
      ParameterizedTypeName.get(List.class, String.class);
  private static final ParameterizedTypeName STRING_COLLECTION =
      ParameterizedTypeName.get(Collection.class, String.class);
  private static final String CODE_VERIFIER = "codeVerifier";

  private final ClassName helper;

  /**
   * Each profile's name with the redirect URLs its variables give; empty when the app has no
   * profiles.
   */
  private final Map<String, List<String>> profileRedirectUrls;

  private final boolean optionalScopes;
  private final boolean conditionalScopes;
  private final boolean httpClient;

  /**
   * {@code httpClient}: the code can use {@code java.net.http}; without it, no request builders.
   */
  OAuthFlowMembers(
      ClassName helper,
      Auth auth,
      Map<String, List<String>> profileRedirectUrls,
      boolean httpClient) {
    this.helper = helper;
    this.profileRedirectUrls = profileRedirectUrls;
    this.optionalScopes = !auth.optionalScopes().isEmpty();
    this.conditionalScopes = !auth.conditionallyRequiredScopes().isEmpty();
    this.httpClient = httpClient;
  }

  void addTo(TypeSpec.Builder spec) {
    spec.addField(
        OAuthHelperGenerator.constant(
            OAuthHelperGenerator.STRING,
            "AUTHORIZE_PATH",
            CodeBlock.of("$S", AUTHORIZE_PATH),
            "The path of HubSpot's authorization page on the app host."));
    spec.addField(
        OAuthHelperGenerator.constant(
            OAuthHelperGenerator.STRING,
            "TOKEN_PATH",
            CodeBlock.of("$S", TOKEN_PATH),
            "The path of HubSpot's token endpoint on the API host, for the code exchange and the refresh."));
    spec.addField(
        FieldSpec.builder(
                SecureRandom.class, "RANDOM", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The source of code verifiers; thread-safe.\n")
            .initializer("new $T()", SecureRandom.class)
            .build());
    spec.addField(
        FieldSpec.builder(URI.class, "appHost", Modifier.PRIVATE, Modifier.FINAL).build());
    spec.addField(
        FieldSpec.builder(URI.class, "apiHost", Modifier.PRIVATE, Modifier.FINAL).build());
    spec.addField(
        FieldSpec.builder(STRING_LIST, "redirectUrls", Modifier.PRIVATE, Modifier.FINAL).build());
    if (!profileRedirectUrls.isEmpty()) {
      spec.addField(
          OAuthHelperGenerator.constant(
              STRING_LIST,
              "PROFILES",
              CodeBlock.of(
                  "$T.of($L)",
                  List.class,
                  profileRedirectUrls.keySet().stream()
                      .map(name -> CodeBlock.of("$S", name))
                      .collect(CodeBlock.joining(", "))),
              "The app's HubSpot profiles ({@code @Profile} and hand-written {@code hsprofile.<name>.json}), in\n"
                  + "declared order."));
    }
    spec.addMethod(constructor());
    if (!profileRedirectUrls.isEmpty()) {
      spec.addMethod(profileConstructor());
    }
    spec.addMethod(factory("us", "HubSpot's US data centre", US_APP_HOST, US_API_HOST));
    spec.addMethod(factory("eu1", "HubSpot's EU data centre", EU1_APP_HOST, EU1_API_HOST));
    if (!profileRedirectUrls.isEmpty()) {
      spec.addMethod(profileFactory());
      spec.addMethod(withProfile());
    }
    spec.addMethod(
        getter(
            "appHost",
            "The host of HubSpot's authorization page, e.g. {@code https://app.hubspot.com}."));
    spec.addMethod(
        getter(
            "apiHost",
            "The host of HubSpot's token endpoint, e.g. {@code https://api.hubapi.com}."));
    spec.addMethod(
        MethodSpec.methodBuilder("redirectUrls")
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING_LIST)
            .addJavadoc(
                "The redirect URLs this helper accepts: {@link #REDIRECT_URLS}, or those of its profile.\n\n")
            .addJavadoc("@return the URLs, in declared order\n")
            .addStatement("return redirectUrls")
            .build());
    spec.addMethod(authorizationUrl(false));
    spec.addMethod(authorizationUrl(true));
    if (conditionalScopes) {
      spec.addMethod(authorizationUrlWithConditionalScopes(false));
      spec.addMethod(authorizationUrlWithConditionalScopes(true));
    }
    spec.addMethod(newCodeVerifier());
    spec.addMethod(codeChallenge());
    if (httpClient) {
      spec.addMethod(tokenRequest(false));
      spec.addMethod(tokenRequest(true));
      spec.addMethod(codeExchange());
      spec.addMethod(refreshRequest());
    }
    spec.addMethod(installUrl());
    if (conditionalScopes) {
      spec.addMethod(withConditionalScopes());
    }
    if (httpClient) {
      spec.addMethod(post());
    }
    spec.addMethod(checkRedirectUri());
    spec.addMethod(host());
    spec.addMethod(add());
  }

  private static MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "Uses the given hosts instead of HubSpot's own, e.g. a local stand-in in tests.\n\n")
        .addJavadoc(
            "@param appHost where the authorization page is, e.g. {@code https://app.hubspot.com}\n")
        .addJavadoc(
            "@param apiHost where the token endpoint is, e.g. {@code https://api.hubapi.com}\n")
        .addJavadoc(
            "@throws IllegalArgumentException if a host is not {@code http(s)://host[:port]} with nothing\n"
                + "    after it\n")
        .addParameter(URI.class, "appHost")
        .addParameter(URI.class, "apiHost")
        .addStatement("this.appHost = host(appHost, $S)", "appHost")
        .addStatement("this.apiHost = host(apiHost, $S)", "apiHost")
        .addStatement("this.redirectUrls = REDIRECT_URLS")
        .build();
  }

  /** The hosts of an instance, already checked, with a profile's redirect URLs. */
  private static MethodSpec profileConstructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(URI.class, "appHost")
        .addParameter(URI.class, "apiHost")
        .addParameter(STRING_LIST, "redirectUrls")
        .addStatement("this.appHost = appHost")
        .addStatement("this.apiHost = apiHost")
        .addStatement("this.redirectUrls = redirectUrls")
        .build();
  }

  /**
   * A running server serves one HubSpot account, and must use the redirect URL of that account's
   * profile: the {@code ${...}} of {@code @Auth(redirectUrls)} as the profile's variables replace
   * them.
   */
  private MethodSpec profileFactory() {
    return MethodSpec.methodBuilder("profile")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(helper)
        .addJavadoc(
            "The helper on HubSpot's US hosts ({@link #us()}) with the redirect URLs of a profile.\n\n")
        .addJavadoc("@param name one of {@link #PROFILES}\n")
        .addJavadoc("@return the helper for the account the profile uploads to\n")
        .addJavadoc(
            "@throws IllegalArgumentException if {@code name} is not one of {@link #PROFILES}\n")
        .addParameter(String.class, "name")
        .addStatement("return us().withProfile(name)")
        .build();
  }

  private MethodSpec withProfile() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("withProfile")
            .addModifiers(Modifier.PUBLIC)
            .returns(helper)
            .addJavadoc(
                "This helper's hosts with the redirect URLs of a profile, its variables put into\n"
                    + "{@code @Auth(redirectUrls)}.\n\n")
            .addJavadoc("@param name one of {@link #PROFILES}\n")
            .addJavadoc("@return the helper for the account the profile uploads to\n")
            .addJavadoc(
                "@throws IllegalArgumentException if {@code name} is not one of {@link #PROFILES}\n")
            .addParameter(String.class, "name")
            .beginControlFlow("switch ($T.requireNonNull(name, $S))", Objects.class, "name");
    profileRedirectUrls.forEach(
        (name, urls) ->
            method
                .addCode("case $S:\n", name)
                .addStatement(
                    "$>return new $T(appHost, apiHost, $T.of($L))$<",
                    helper,
                    List.class,
                    urls.stream()
                        .map(url -> CodeBlock.of("$S", url))
                        .collect(CodeBlock.joining(",$W"))));
    return method
        .addCode("default:\n")
        .addStatement(
            "$>throw new IllegalArgumentException($S + name + $S + PROFILES)$<",
            "profile ",
            " is not one of the app's profiles ")
        .endControlFlow()
        .build();
  }

  private MethodSpec factory(String name, String place, String appHost, String apiHost) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(helper)
        .addJavadoc("$L: {@code $L} and {@code $L}.\n\n", place, appHost, apiHost)
        .addJavadoc("@return the helper for the accounts hosted there\n")
        .addStatement(
            "return new $T($T.create($S), $T.create($S))",
            helper,
            URI.class,
            appHost,
            URI.class,
            apiHost)
        .build();
  }

  private static MethodSpec getter(String field, String javadoc) {
    return MethodSpec.methodBuilder(field)
        .addModifiers(Modifier.PUBLIC)
        .returns(URI.class)
        .addJavadoc("$L\n\n@return the host, without a trailing slash\n", javadoc)
        .addStatement("return $N", field)
        .build();
  }

  private MethodSpec authorizationUrl(boolean pkce) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("authorizationUrl")
            .addModifiers(Modifier.PUBLIC)
            .returns(URI.class);
    if (pkce) {
      method.addJavadoc(
          "As {@link #authorizationUrl(String, String, String)}, with PKCE: the URL carries\n"
              + "{@code code_challenge}, the {@link #codeChallenge} of {@code codeVerifier}, and\n"
              + "{@code code_challenge_method=S256}; the code exchange then needs the same verifier.\n");
    } else {
      method
          .addJavadoc(
              "The URL to send the user's browser to for installing the app: it asks for\n"
                  + "{@link #REQUIRED_SCOPES}")
          .addJavadoc(
              optionalScopes
                  ? "\nand, where the account has them, {@link #OPTIONAL_SCOPES}.\n"
                  : ".\n");
    }
    authorizationParameters(method, pkce);
    return method
        .addStatement(
            "return installUrl(clientId, redirectUri, state, $L, REQUIRED_SCOPES)",
            pkce ? CODE_VERIFIER : "null")
        .build();
  }

  private MethodSpec authorizationUrlWithConditionalScopes(boolean pkce) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("authorizationUrl")
            .addModifiers(Modifier.PUBLIC)
            .returns(URI.class)
            .addJavadoc(
                "As {@link #authorizationUrl(String, String, String$L)}, also requiring some of the\n"
                    + "{@link #CONDITIONALLY_REQUIRED_SCOPES}; they follow the required scopes in declared order.\n",
                pkce ? ", String" : "");
    authorizationParameters(method, pkce);
    return method
        .addJavadoc(
            "@param conditionalScopes the conditionally required scopes to require for this install\n")
        .addJavadoc(
            "@throws IllegalArgumentException also if a scope is not one of\n"
                + "    {@link #CONDITIONALLY_REQUIRED_SCOPES}\n")
        .addParameter(STRING_COLLECTION, "conditionalScopes")
        .addStatement(
            "return installUrl(clientId, redirectUri, state, $L, withConditionalScopes(conditionalScopes))",
            pkce ? CODE_VERIFIER : "null")
        .build();
  }

  /** The required scopes, then the chosen conditionally required ones in declared order. */
  private static MethodSpec withConditionalScopes() {
    return MethodSpec.methodBuilder("withConditionalScopes")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(STRING_LIST)
        .addParameter(STRING_COLLECTION, "conditionalScopes")
        .beginControlFlow("for (String scope : conditionalScopes)")
        .beginControlFlow(
            "if (!CONDITIONALLY_REQUIRED_SCOPES.contains($T.requireNonNull(scope, $S)))",
            Objects.class,
            "conditionalScopes contains null")
        .addStatement(
            "throw new IllegalArgumentException($S + scope\n+ $S + CONDITIONALLY_REQUIRED_SCOPES\n+ $S)",
            "scope ",
            " is not one of the app's conditionally required scopes ",
            " (@Auth(conditionallyRequiredScopes))")
        .endControlFlow()
        .endControlFlow()
        .addStatement("$T scopes = new $T<>(REQUIRED_SCOPES)", STRING_LIST, ArrayList.class)
        .beginControlFlow("for (String scope : CONDITIONALLY_REQUIRED_SCOPES)")
        .beginControlFlow("if (conditionalScopes.contains(scope))")
        .addStatement("scopes.add(scope)")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return scopes")
        .build();
  }

  private static void authorizationParameters(MethodSpec.Builder method, boolean pkce) {
    method
        .addJavadoc("\n@param clientId the app's client id\n")
        .addJavadoc(
            "@param redirectUri where HubSpot sends the browser back: one of {@link #redirectUrls()}\n")
        .addJavadoc(
            "@param state a value HubSpot hands back unchanged, unguessable per install against cross-site\n"
                + "    request forgery; null for none\n");
    if (pkce) {
      method.addJavadoc(
          "@param codeVerifier a fresh {@link #newCodeVerifier()}, kept with {@code state} until the\n"
              + "    code exchange; only its challenge leaves the app here\n");
    }
    method
        .addJavadoc(
            "@return {@code AUTHORIZE_PATH} on the app host, with the query HubSpot expects\n")
        .addJavadoc(
            "@throws IllegalArgumentException if {@code redirectUri} is not one of {@link #redirectUrls()}"
                + (pkce ? ",\n    or {@code codeVerifier} is not one RFC 7636 allows" : "")
                + "\n")
        .addParameter(String.class, "clientId")
        .addParameter(String.class, "redirectUri")
        .addParameter(String.class, "state");
    if (pkce) {
      // Null here would silently drop PKCE from an install meant to have it.
      method
          .addParameter(String.class, CODE_VERIFIER)
          .addStatement("$T.requireNonNull(codeVerifier, $S)", Objects.class, CODE_VERIFIER);
    }
  }

  /**
   * RFC 7636 section 4.1: a verifier is 43 to 128 characters of {@code [A-Za-z0-9-._~]}; 32 random
   * bytes in base64url without padding give 43 of them, the 256 bits of entropy the RFC recommends.
   */
  private static MethodSpec newCodeVerifier() {
    return MethodSpec.methodBuilder("newCodeVerifier")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addJavadoc(
            "A new PKCE code verifier (RFC 7636): 32 bytes from {@link $T}, base64url-encoded without\n"
                + "padding, 43 characters. Keep it with the install's {@code state}, secret like the client secret, until\n"
                + "the code exchange; use each one for one install only.\n\n",
            SecureRandom.class)
        .addJavadoc("@return the verifier\n")
        .addStatement("byte[] bytes = new byte[32]")
        .addStatement("RANDOM.nextBytes(bytes)")
        .addStatement(
            "return $T.getUrlEncoder().withoutPadding().encodeToString(bytes)", Base64.class)
        .build();
  }

  /** RFC 7636 section 4.2, method S256: {@code BASE64URL-ENCODE(SHA256(ASCII(code_verifier)))}. */
  private static MethodSpec codeChallenge() {
    return MethodSpec.methodBuilder("codeChallenge")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addJavadoc(
            "The S256 code challenge of a verifier (RFC 7636): the SHA-256 of its ASCII bytes, base64url\n"
                + "without padding.\n\n")
        .addJavadoc("@param codeVerifier 43 to 128 characters of {@code A-Z a-z 0-9 - . _ ~}\n")
        .addJavadoc("@return the challenge, 43 characters\n")
        .addJavadoc(
            "@throws IllegalArgumentException if {@code codeVerifier} is not one RFC 7636 allows; the message\n"
                + "    gives its length, never the verifier\n")
        .addParameter(String.class, CODE_VERIFIER)
        .addStatement("$T.requireNonNull(codeVerifier, $S)", Objects.class, CODE_VERIFIER)
        .addStatement(
            "boolean allowed = codeVerifier.length() >= 43 && codeVerifier.length() <= 128")
        .beginControlFlow("for (int i = 0; i < codeVerifier.length() && allowed; i++)")
        .addStatement("char c = codeVerifier.charAt(i)")
        .addStatement(
            "allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')"
                + " || (c >= '0' && c <= '9') || $S.indexOf(c) >= 0",
            "-._~")
        .endControlFlow()
        .beginControlFlow("if (!allowed)")
        .addStatement(
            "throw new IllegalArgumentException($S\n+ $S + codeVerifier.length() + $S)",
            "a PKCE code verifier is 43 to 128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636),",
            " this one has ",
            " characters or others; make one with newCodeVerifier()")
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement(
            "byte[] digest = $T.getInstance($S)\n.digest(codeVerifier.getBytes($T.US_ASCII))",
            MessageDigest.class,
            "SHA-256",
            StandardCharsets.class)
        .addStatement(
            "return $T.getUrlEncoder().withoutPadding().encodeToString(digest)", Base64.class)
        .nextControlFlow("catch ($T e)", NoSuchAlgorithmException.class)
        .addComment("Every Java platform must provide SHA-256 (MessageDigest's documentation).")
        .addStatement("throw new $T(e)", IllegalStateException.class)
        .endControlFlow()
        .build();
  }

  private MethodSpec tokenRequest(boolean pkce) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("tokenRequest")
            .addModifiers(Modifier.PUBLIC)
            .returns(HTTP_REQUEST);
    if (pkce) {
      method.addJavadoc(
          "As {@link #tokenRequest(String, String, String, String)}, for an install URL made with PKCE:\n"
              + "the form also carries {@code code_verifier}.\n\n");
    } else {
      method.addJavadoc(
          "The request that exchanges the {@code code} HubSpot sent to the redirect URL for an access\n"
              + "and a refresh token ({@code grant_type=authorization_code}). The client secret travels in the form\n"
              + "body only.\n\n");
    }
    method
        .addJavadoc("@param clientId the app's client id\n")
        .addJavadoc("@param clientSecret the app's client secret\n")
        .addJavadoc(
            "@param redirectUri the redirect URI of the authorization URL: one of {@link #redirectUrls()}\n")
        .addJavadoc(
            "@param code the {@code code} query parameter HubSpot added to the redirect URI\n");
    if (pkce) {
      method.addJavadoc("@param codeVerifier the verifier the authorization URL was made with\n");
    }
    method
        .addJavadoc("@return a form-encoded POST to {@code TOKEN_PATH} on the API host\n")
        .addJavadoc(
            "@throws IllegalArgumentException if {@code redirectUri} is not one of {@link #redirectUrls()}"
                + (pkce ? ",\n    or {@code codeVerifier} is not one RFC 7636 allows" : "")
                + "\n")
        .addParameter(String.class, "clientId")
        .addParameter(String.class, "clientSecret")
        .addParameter(String.class, "redirectUri")
        .addParameter(String.class, "code");
    if (pkce) {
      method
          .addParameter(String.class, CODE_VERIFIER)
          .addComment(
              "Checks the verifier here, where the caller can fix it, rather than at HubSpot.")
          .addStatement("codeChallenge(codeVerifier)");
    }
    return method
        .addStatement(
            "return codeExchange(clientId, clientSecret, redirectUri, code, $L)",
            pkce ? CODE_VERIFIER : "null")
        .build();
  }

  /** The {@code authorization_code} form; {@code code_verifier} last, only with PKCE. */
  private static MethodSpec codeExchange() {
    return MethodSpec.methodBuilder("codeExchange")
        .addModifiers(Modifier.PRIVATE)
        .returns(HTTP_REQUEST)
        .addParameter(String.class, "clientId")
        .addParameter(String.class, "clientSecret")
        .addParameter(String.class, "redirectUri")
        .addParameter(String.class, "code")
        .addParameter(String.class, CODE_VERIFIER)
        .addStatement("checkRedirectUri(redirectUri)")
        .addCode(
            form(
                "authorization_code",
                "client_id",
                "clientId",
                "client_secret",
                "clientSecret",
                "redirect_uri",
                "redirectUri",
                "code",
                "code"))
        .beginControlFlow("if (codeVerifier != null)")
        .addStatement("add(form, $S, codeVerifier)", "code_verifier")
        .endControlFlow()
        .addStatement("return post(form)")
        .build();
  }

  private MethodSpec refreshRequest() {
    return MethodSpec.methodBuilder("refreshRequest")
        .addModifiers(Modifier.PUBLIC)
        .returns(HTTP_REQUEST)
        .addJavadoc(
            "The request that renews an access token ({@code grant_type=refresh_token}). The client secret\n"
                + "and the refresh token travel in the form body only.\n\n")
        .addJavadoc("@param clientId the app's client id\n")
        .addJavadoc("@param clientSecret the app's client secret\n")
        .addJavadoc("@param refreshToken the refresh token of an earlier token response\n")
        .addJavadoc("@return a form-encoded POST to {@code TOKEN_PATH} on the API host\n")
        .addParameter(String.class, "clientId")
        .addParameter(String.class, "clientSecret")
        .addParameter(String.class, "refreshToken")
        .addCode(
            form(
                "refresh_token",
                "client_id",
                "clientId",
                "client_secret",
                "clientSecret",
                "refresh_token",
                "refreshToken"))
        .addStatement("return post(form)")
        .build();
  }

  /** {@code grant_type} first, then each form field name with the parameter holding its value. */
  private static CodeBlock form(String grantType, String... fieldsAndParameters) {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .addStatement("$T form = new $T($S)", StringJoiner.class, StringJoiner.class, "&")
            .addStatement("add(form, $S, $S)", "grant_type", grantType);
    for (int i = 0; i < fieldsAndParameters.length; i += 2) {
      code.addStatement("add(form, $S, $N)", fieldsAndParameters[i], fieldsAndParameters[i + 1]);
    }
    return code.build();
  }

  private MethodSpec installUrl() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("installUrl")
            .addModifiers(Modifier.PRIVATE)
            .returns(URI.class)
            .addParameter(String.class, "clientId")
            .addParameter(String.class, "redirectUri")
            .addParameter(String.class, "state")
            .addParameter(String.class, CODE_VERIFIER)
            .addParameter(STRING_LIST, "scopes")
            .addStatement("checkRedirectUri(redirectUri)")
            .addStatement("$T query = new $T($S)", StringJoiner.class, StringJoiner.class, "&")
            .addStatement("add(query, $S, clientId)", "client_id")
            .addStatement("add(query, $S, String.join($S, scopes))", "scope", " ");
    if (optionalScopes) {
      method.addStatement(
          "add(query, $S, String.join($S, OPTIONAL_SCOPES))", "optional_scope", " ");
    }
    return method
        .addStatement("add(query, $S, redirectUri)", "redirect_uri")
        .beginControlFlow("if (state != null)")
        .addStatement("add(query, $S, state)", "state")
        .endControlFlow()
        .beginControlFlow("if (codeVerifier != null)")
        .addStatement("add(query, $S, codeChallenge(codeVerifier))", "code_challenge")
        .addStatement("add(query, $S, $S)", "code_challenge_method", "S256")
        .endControlFlow()
        .addStatement("return $T.create(appHost + AUTHORIZE_PATH + $S + query)", URI.class, "?")
        .build();
  }

  private static MethodSpec post() {
    return MethodSpec.methodBuilder("post")
        .addModifiers(Modifier.PRIVATE)
        .returns(HTTP_REQUEST)
        .addParameter(StringJoiner.class, "form")
        .addStatement(
            "return $T.newBuilder($T.create(apiHost + TOKEN_PATH))\n"
                + ".header($S, $S)\n"
                + ".header($S, $S)\n"
                + ".POST($T.ofString(form.toString(), $T.UTF_8))\n"
                + ".build()",
            HTTP_REQUEST,
            URI.class,
            "Content-Type",
            "application/x-www-form-urlencoded",
            "Accept",
            "application/json",
            BODY_PUBLISHERS,
            StandardCharsets.class)
        .build();
  }

  private static MethodSpec checkRedirectUri() {
    return MethodSpec.methodBuilder("checkRedirectUri")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(String.class, "redirectUri")
        .beginControlFlow(
            "if (!redirectUrls.contains($T.requireNonNull(redirectUri, $S)))",
            Objects.class,
            "redirectUri")
        .addStatement(
            "throw new IllegalArgumentException($S + redirectUri\n+ $S + redirectUrls + $S)",
            "redirect URI ",
            " is not one of the app's redirect URLs ",
            " (@Auth(redirectUrls))")
        .endControlFlow()
        .build();
  }

  private static MethodSpec host() {
    return MethodSpec.methodBuilder("host")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(URI.class)
        .addParameter(URI.class, "host")
        .addParameter(String.class, "name")
        .addStatement("$T.requireNonNull(host, name)", Objects.class)
        .addStatement(
            "boolean web = $S.equals(host.getScheme()) || $S.equals(host.getScheme())",
            "https",
            "http")
        .addStatement("String path = host.getRawPath()")
        .addStatement(
            "boolean nothingAfter = (path == null || path.isEmpty() || path.equals($S))\n"
                + "&& host.getRawQuery() == null && host.getRawFragment() == null",
            "/")
        .beginControlFlow(
            "if (!web || host.getHost() == null || host.getRawUserInfo() != null || !nothingAfter)")
        .addStatement(
            "throw new IllegalArgumentException(name + $S + host)",
            " must be http(s)://host[:port] with nothing after it, was ")
        .endControlFlow()
        .addStatement(
            "return $T.create(host.getScheme() + $S + host.getRawAuthority())", URI.class, "://")
        .build();
  }

  private static MethodSpec add() {
    return MethodSpec.methodBuilder("add")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc(
            "Adds {@code name=value}, URL-encoded with spaces as {@code %20}; a missing value is named,\n"
                + "never shown.\n")
        .addParameter(StringJoiner.class, "pairs")
        .addParameter(String.class, "name")
        .addParameter(String.class, "value")
        .addStatement("$T.requireNonNull(value, name)", Objects.class)
        .addStatement(
            "pairs.add(name + $S + $T.encode(value, $T.UTF_8).replace($S, $S))",
            "=",
            URLEncoder.class,
            StandardCharsets.class,
            "+",
            "%20")
        .build();
  }
}
