package io.github.hubspotapt.processor.oauth;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.hubspotapt.processor.testing.AppSource;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A server serves one account: the helper gives each profile's redirect URLs and install URL. */
class OAuthHelperProfileTest {

  private static final String HELPER = "test.TestAppOAuth";
  private static final String LOCAL = "http://localhost:3000/oauth/callback";
  private static final String PROD = "https://acme.example/oauth/callback";

  private static GeneratedHelper helper() {
    return GeneratedHelper.compile(
        HELPER,
        AppSource.valid()
            .withAuth("redirectUrls", "\"${REDIRECT_URL}\"")
            .annotatedWith(
                "@Profile(name = \"local\", accountId = 1, variables = @Variable(name = \"REDIRECT_URL\",",
                "    value = \"" + LOCAL + "\"))",
                "@Profile(name = \"prod\", accountId = 2, variables = @Variable(name = \"REDIRECT_URL\",",
                "    value = \"" + PROD + "\"))")
            .build());
  }

  private static Object profile(GeneratedHelper helper, String name) {
    return helper.call(null, "profile", new Class<?>[] {String.class}, name);
  }

  @Test
  void eachProfileHasItsRedirectUrlsAndInstallUrl() {
    GeneratedHelper helper = helper();

    Object local = profile(helper, "local");
    Object prod = profile(helper, "prod");

    assertThat(helper.constant("PROFILES")).isEqualTo(List.of("local", "prod"));
    assertThat(helper.call(local, "redirectUrls", new Class<?>[0])).isEqualTo(List.of(LOCAL));
    assertThat(helper.call(prod, "redirectUrls", new Class<?>[0])).isEqualTo(List.of(PROD));
    assertThat(helper.authorizationUrl(local, "id", LOCAL, null).getRawQuery())
        .endsWith("&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Foauth%2Fcallback");
    IllegalArgumentException otherProfiles =
        assertThrows(
            IllegalArgumentException.class, () -> helper.authorizationUrl(prod, "id", LOCAL, null));
    assertThat(otherProfiles)
        .hasMessageThat()
        .isEqualTo(
            "redirect URI "
                + LOCAL
                + " is not one of the app's redirect"
                + " URLs ["
                + PROD
                + "] (@Auth(redirectUrls))");
  }

  @Test
  void aProfileKeepsTheHostsOfItsHelper() {
    GeneratedHelper helper = helper();
    Object eu =
        helper.call(helper.dataCentre("eu1"), "withProfile", new Class<?>[] {String.class}, "prod");

    assertThat(helper.call(eu, "appHost", new Class<?>[0]))
        .isEqualTo(URI.create("https://app-eu1.hubspot.com"));
    assertThat(helper.call(eu, "redirectUrls", new Class<?>[0])).isEqualTo(List.of(PROD));
  }

  @Test
  void anUnknownProfileIsRefusedNamingTheProfiles() {
    GeneratedHelper helper = helper();

    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> profile(helper, "staging"));

    assertThat(unknown)
        .hasMessageThat()
        .isEqualTo("profile staging is not one of the app's profiles [local, prod]");
  }

  @Test
  void anAppWithoutProfilesHasNoProfileMembers() {
    GeneratedHelper helper = GeneratedHelper.compile(HELPER, AppSource.valid().build());

    assertThrows(NoSuchFieldException.class, () -> helper.type().getField("PROFILES"));
    assertThat(helper.call(helper.dataCentre("us"), "redirectUrls", new Class<?>[0]))
        .isEqualTo(List.of("https://example.com/oauth/callback"));
  }
}
