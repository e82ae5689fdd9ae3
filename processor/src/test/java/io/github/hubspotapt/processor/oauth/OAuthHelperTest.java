package io.github.hubspotapt.processor.oauth;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.testing.AppSource;
import io.github.hubspotapt.processor.testing.HubSpotCompiler;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code <AppClass>OAuth}: its constants and the authorization URL, exactly as
 * HubSpot expects them.
 */
class OAuthHelperTest {

  private static final String HELPER = "test.TestAppOAuth";
  private static final String REDIRECT = "https://example.com/oauth/callback";
  private static final String LOCAL_REDIRECT = "http://localhost:3000/oauth/callback";

  @Test
  void authorizationUrlIsExactAndEncoded() {
    GeneratedHelper helper =
        GeneratedHelper.compile(
            HELPER,
            AppSource.valid()
                .withAuth("redirectUrls", "{\"" + REDIRECT + "\", \"" + LOCAL_REDIRECT + "\"}")
                .withAuth(
                    "requiredScopes",
                    "{\"oauth\", \"crm.objects.deals.read\", \"crm.objects.contacts.read\"}")
                .withAuth("optionalScopes", "{\"crm.objects.companies.read\", \"automation\"}")
                .build());

    URI url =
        helper.authorizationUrl(helper.dataCentre("us"), "a1b2-c3", LOCAL_REDIRECT, "x y/z&=é+");

    assertThat(url.toString())
        .isEqualTo(
            "https://app.hubspot.com/oauth/authorize"
                + "?client_id=a1b2-c3"
                + "&scope=oauth%20crm.objects.deals.read%20crm.objects.contacts.read"
                + "&optional_scope=crm.objects.companies.read%20automation"
                + "&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Foauth%2Fcallback"
                + "&state=x%20y%2Fz%26%3D%C3%A9%2B");
  }

  @Test
  void scopesKeepTheirDeclaredOrder() {
    GeneratedHelper helper =
        GeneratedHelper.compile(
            HELPER,
            AppSource.valid()
                .withAuth(
                    "requiredScopes",
                    "{\"crm.objects.contacts.read\", \"oauth\", \"crm.objects.deals.read\"}")
                .withAuth("optionalScopes", "{\"tickets\", \"automation\"}")
                .build());

    URI url = helper.authorizationUrl(helper.dataCentre("us"), "id", REDIRECT, "s");

    assertThat(url.getRawQuery())
        .contains(
            "&scope=crm.objects.contacts.read%20oauth%20crm.objects.deals.read&optional_scope=tickets%20automation&");
    assertThat(helper.constant("REQUIRED_SCOPES"))
        .isEqualTo(List.of("crm.objects.contacts.read", "oauth", "crm.objects.deals.read"));
    assertThat(helper.constant("OPTIONAL_SCOPES")).isEqualTo(List.of("tickets", "automation"));
  }

  @Test
  void optionalScopeIsLeftOutWhenNoneIsDeclared() {
    GeneratedHelper helper = GeneratedHelper.compile(HELPER, AppSource.valid().build());

    URI url = helper.authorizationUrl(helper.dataCentre("us"), "id", REDIRECT, "s");

    assertThat(url.toString())
        .isEqualTo(
            "https://app.hubspot.com/oauth/authorize?client_id=id"
                + "&scope=oauth%20crm.objects.contacts.read&redirect_uri=https%3A%2F%2Fexample.com%2Foauth%2Fcallback&state=s");
    assertThat(helper.source()).doesNotContain("optional_scope");
  }

  @Test
  void noStateLeavesTheParameterOut() {
    GeneratedHelper helper = GeneratedHelper.compile(HELPER, AppSource.valid().build());

    URI url = helper.authorizationUrl(helper.dataCentre("us"), "id", REDIRECT, null);

    assertThat(url.getRawQuery()).doesNotContain("state");
    assertThat(url.getRawQuery())
        .endsWith("&redirect_uri=https%3A%2F%2Fexample.com%2Foauth%2Fcallback");
  }

  @Test
  void conditionallyRequiredScopesAreAskedForOnlyWhenChosenInDeclaredOrder() {
    GeneratedHelper helper =
        GeneratedHelper.compile(
            HELPER,
            AppSource.valid()
                .withAuth("conditionallyRequiredScopes", "{\"tickets\", \"files\", \"e-commerce\"}")
                .build());
    Object hubSpot = helper.dataCentre("us");

    URI none = helper.authorizationUrl(hubSpot, "id", REDIRECT, "s");
    URI chosen =
        helper.authorizationUrl(hubSpot, "id", REDIRECT, "s", List.of("e-commerce", "tickets"));
    URI emptyChoice = helper.authorizationUrl(hubSpot, "id", REDIRECT, "s", List.of());

    assertThat(none.getRawQuery()).contains("&scope=oauth%20crm.objects.contacts.read&");
    assertThat(chosen.getRawQuery())
        .contains("&scope=oauth%20crm.objects.contacts.read%20tickets%20e-commerce&");
    assertThat(emptyChoice).isEqualTo(none);
    assertThat(helper.constant("CONDITIONALLY_REQUIRED_SCOPES"))
        .isEqualTo(List.of("tickets", "files", "e-commerce"));
  }

  @Test
  void aConditionalScopeThatIsNotDeclaredIsRefused() {
    GeneratedHelper helper =
        GeneratedHelper.compile(
            HELPER,
            AppSource.valid()
                .withAuth("conditionallyRequiredScopes", "{\"tickets\", \"files\"}")
                .build());

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                helper.authorizationUrl(
                    helper.dataCentre("us"),
                    "id",
                    REDIRECT,
                    "s",
                    List.of("tickets", "automation")));

    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "scope automation is not one of the app's conditionally required scopes"
                + " [tickets, files] (@Auth(conditionallyRequiredScopes))");
  }

  @Test
  void withoutConditionalScopesThereIsNoOverloadToChooseThem() {
    GeneratedHelper helper = GeneratedHelper.compile(HELPER, AppSource.valid().build());

    assertThrows(
        NoSuchMethodException.class,
        () ->
            helper
                .type()
                .getMethod(
                    "authorizationUrl",
                    String.class,
                    String.class,
                    String.class,
                    Collection.class));
    assertThat(helper.constant("CONDITIONALLY_REQUIRED_SCOPES")).isEqualTo(List.of());
  }

  @Test
  void aRedirectUriThatIsNotDeclaredIsRefusedNamingTheAllowedOnes() {
    GeneratedHelper helper =
        GeneratedHelper.compile(
            HELPER,
            AppSource.valid()
                .withAuth("redirectUrls", "{\"" + REDIRECT + "\", \"" + LOCAL_REDIRECT + "\"}")
                .build());
    Object hubSpot = helper.dataCentre("us");

    IllegalArgumentException other =
        assertThrows(
            IllegalArgumentException.class,
            () -> helper.authorizationUrl(hubSpot, "id", "https://evil.example/callback", "s"));
    IllegalArgumentException trailingSlash =
        assertThrows(
            IllegalArgumentException.class,
            () -> helper.authorizationUrl(hubSpot, "id", REDIRECT + "/", "s"));
    IllegalArgumentException exchange =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                helper.tokenRequest(
                    hubSpot, "id", "secret", "http://localhost:3001/oauth/callback", "code"));

    assertThat(other)
        .hasMessageThat()
        .isEqualTo(
            "redirect URI https://evil.example/callback is not one of the app's"
                + " redirect URLs ["
                + REDIRECT
                + ", "
                + LOCAL_REDIRECT
                + "] (@Auth(redirectUrls))");
    assertThat(trailingSlash)
        .hasMessageThat()
        .startsWith("redirect URI " + REDIRECT + "/ is not one of");
    assertThat(exchange)
        .hasMessageThat()
        .startsWith("redirect URI http://localhost:3001/oauth/callback is not one of");
    assertThat(helper.constant("REDIRECT_URLS")).isEqualTo(List.of(REDIRECT, LOCAL_REDIRECT));
  }

  @Test
  void aMissingValueIsNamedByItsParameter() {
    GeneratedHelper helper = GeneratedHelper.compile(HELPER, AppSource.valid().build());
    Object hubSpot = helper.dataCentre("us");

    NullPointerException clientId =
        assertThrows(
            NullPointerException.class,
            () -> helper.authorizationUrl(hubSpot, null, REDIRECT, "s"));
    NullPointerException secret =
        assertThrows(
            NullPointerException.class,
            () -> helper.tokenRequest(hubSpot, "id", null, REDIRECT, "code"));

    assertThat(clientId).hasMessageThat().isEqualTo("client_id");
    assertThat(secret).hasMessageThat().isEqualTo("client_secret");
  }

  @Test
  void hostsAreUsHostsEuHostsOrAnyOther() {
    GeneratedHelper helper = GeneratedHelper.compile(HELPER, AppSource.valid().build());

    Object eu = helper.dataCentre("eu1");
    Object local =
        helper.at(URI.create("http://127.0.0.1:8080/"), URI.create("http://127.0.0.1:8081"));

    assertThat(helper.call(helper.dataCentre("us"), "apiHost", new Class<?>[0]))
        .isEqualTo(URI.create("https://api.hubapi.com"));
    assertThat(helper.call(eu, "apiHost", new Class<?>[0]))
        .isEqualTo(URI.create("https://api-eu1.hubapi.com"));
    assertThat(helper.authorizationUrl(eu, "id", REDIRECT, "s").toString())
        .startsWith("https://app-eu1.hubspot.com/oauth/authorize?client_id=id&");
    assertThat(helper.authorizationUrl(local, "id", REDIRECT, "s").toString())
        .startsWith("http://127.0.0.1:8080/oauth/authorize?client_id=id&");
  }

  @Test
  void aHostWithAPathOrAnotherSchemeIsRefused() {
    GeneratedHelper helper = GeneratedHelper.compile(HELPER, AppSource.valid().build());
    URI api = URI.create("https://api.hubapi.com");

    IllegalArgumentException path =
        assertThrows(
            IllegalArgumentException.class,
            () -> helper.at(URI.create("https://app.hubspot.com/oauth"), api));
    IllegalArgumentException scheme =
        assertThrows(
            IllegalArgumentException.class,
            () -> helper.at(api, URI.create("ftp://api.hubapi.com")));
    IllegalArgumentException query =
        assertThrows(
            IllegalArgumentException.class,
            () -> helper.at(URI.create("https://app.hubspot.com?x=1"), api));

    assertThat(path)
        .hasMessageThat()
        .isEqualTo(
            "appHost must be http(s)://host[:port] with nothing after it, was https://app.hubspot.com/oauth");
    assertThat(scheme).hasMessageThat().startsWith("apiHost must be");
    assertThat(query).hasMessageThat().startsWith("appHost must be");
  }

  @Test
  void theClassIsGeneratedAndDocumentedAndHoldsNoCredentials() throws Exception {
    GeneratedHelper helper = GeneratedHelper.compile(HELPER, AppSource.valid().build());

    assertThat(helper.source())
        .contains(
            "@Generated(\"io.github.hubspotapt.processor.HubSpotProcessor\")\n"
                + "public final class TestAppOAuth {");
    assertThat(helper.source()).contains("generated from {@code @Auth} on {@link TestApp}");
    assertThat(helper.source()).contains("do not edit");
    assertThat(helper.constant("APP_UID")).isEqualTo("test_app");
    assertThat(helper.constant("TOKEN_PATH")).isEqualTo("/oauth/2026-03/token");
    assertThat(Modifier.isFinal(helper.type().getModifiers())).isTrue();
    assertThat(publicFields(helper.type()))
        .containsExactly(
            "APP_UID",
            "REQUIRED_SCOPES",
            "OPTIONAL_SCOPES",
            "CONDITIONALLY_REQUIRED_SCOPES",
            "REDIRECT_URLS",
            "AUTHORIZE_PATH",
            "TOKEN_PATH")
        .inOrder();
    for (Field field : helper.type().getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        // the hosts and the redirect URLs (a profile's), nothing else
        assertThat(field.getType()).isAnyOf(URI.class, List.class);
      }
    }
    assertThat(helper.source().toLowerCase(Locale.ROOT)).doesNotContain("getenv");
  }

  @Test
  void aStaticAppGetsTheConstantsOnly() {
    GeneratedHelper helper =
        GeneratedHelper.compile(
            HELPER,
            AppSource.valid()
                .with("distribution", "Distribution.PRIVATE")
                .withAuth("type", "AuthType.STATIC")
                .withoutAuthMember("redirectUrls")
                .build());

    assertThat(publicFields(helper.type()))
        .containsExactly(
            "APP_UID", "REQUIRED_SCOPES", "OPTIONAL_SCOPES", "CONDITIONALLY_REQUIRED_SCOPES")
        .inOrder();
    assertThat(helper.constant("REQUIRED_SCOPES"))
        .isEqualTo(List.of("oauth", "crm.objects.contacts.read"));
    assertThat(Arrays.stream(helper.type().getDeclaredMethods()).map(Method::getName).toList())
        .isEmpty();
    Constructor<?>[] constructors = helper.type().getDeclaredConstructors();
    assertThat(constructors).hasLength(1);
    assertThat(Modifier.isPrivate(constructors[0].getModifiers())).isTrue();
    assertThat(helper.source()).doesNotContain("java.net.http");
  }

  @Test
  void aNestedAppClassNamesTheHelperAfterItsEnclosingClasses() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "test.Outer",
            "package test;",
            "",
            "import io.github.hubspotapt.*;",
            "",
            "public class Outer {",
            "  @HubSpotApp(uid = \"nested_app\", name = \"Nested App\", description = \"An app in a class.\",",
            "      distribution = Distribution.MARKETPLACE)",
            "  @Auth(type = AuthType.OAUTH, redirectUrls = \"https://example.com/oauth/callback\",",
            "      requiredScopes = \"oauth\")",
            "  public static class Inner {}",
            "}");

    GeneratedHelper helper = GeneratedHelper.compile("test.Outer_InnerOAuth", source);

    assertThat(helper.constant("APP_UID")).isEqualTo("nested_app");
    assertThat(helper.source()).contains("{@link Outer.Inner}");
  }

  @Test
  void everyPublicMemberHasJavadocThatDoclintAccepts() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "docs.DocApp",
            "package docs;",
            "",
            "import io.github.hubspotapt.*;",
            "",
            "/** An app whose helper doclint checks. */",
            "@HubSpotApp(uid = \"doc_app\", name = \"Doc App\", description = \"An app for doclint.\",",
            "    distribution = Distribution.MARKETPLACE)",
            "@Auth(type = AuthType.OAUTH, redirectUrls = \"https://example.com/oauth/callback\",",
            "    requiredScopes = \"oauth\", optionalScopes = \"automation\", conditionallyRequiredScopes = \"tickets\")",
            "public final class DocApp {",
            "  private DocApp() {}",
            "}");

    Compilation compilation =
        HubSpotCompiler.compile(List.of("-Xlint:all", "-Xdoclint:all/protected"), source);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFile("docs.DocAppOAuth")).isPresent();
  }

  /**
   * The helper costs javac one more round over every source (see the benchmark); a team that does
   * not use it saves it.
   */
  @Test
  void theHelperCanBeSwitchedOffAndTheProjectIsStillWritten() {
    Compilation compilation =
        HubSpotCompiler.compile(
            List.of("-Ahubspot.oauthHelper=false", "-Xlint:all"), AppSource.valid().build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
    assertThat(
            compilation.generatedFile(
                StandardLocation.SOURCE_OUTPUT, "hubspot-project/hsproject.json"))
        .isPresent();
  }

  @Test
  void codeForJava8GetsNoHelperAndANote() {
    Compilation compilation =
        HubSpotCompiler.compile(List.of("--release", "8"), AppSource.valid().build());

    assertThat(compilation).succeeded();
    assertThat(compilation.generatedSourceFile(HELPER)).isEmpty();
    assertThat(compilation)
        .hadNoteContaining(
            "no OAuth helper for source version RELEASE_8; it needs Java 11 or later");
  }

  private static List<String> publicFields(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(f -> Modifier.isPublic(f.getModifiers()))
        .map(Field::getName)
        .toList();
  }
}
