package io.github.hubspotapt.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.invoicesync.Invoices;
import io.github.hubspotapt.runtime.HubSpotEndpoints;
import io.github.hubspotapt.spring.example.AcmeSpringApplication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A start-up that cannot serve HubSpot fails, and Spring Boot's failure report says what to add:
 * the client secret, a HubSpot profile, a handler bean.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

  @Test
  void aMissingClientSecretFailsStartUpSayingWhatToSet(CapturedOutput output) {
    RuntimeException failure =
        assertThrows(RuntimeException.class, () -> start("hubspot.profile=local"));

    assertEquals(HubSpotSetupException.class, rootCause(failure).getClass());
    assertTrue(output.getAll().contains("APPLICATION FAILED TO START"), output.getAll());
    assertTrue(
        output
            .getAll()
            .contains("hubspot.client-secret is not set, so no HubSpot request can be verified"),
        output.getAll());
    assertTrue(
        output
            .getAll()
            .contains(
                "Set hubspot.client-secret (or the environment variable "
                    + "HUBSPOT_CLIENT_SECRET) to the client secret on the app's Auth tab in HubSpot"),
        output.getAll());
  }

  @Test
  void noChosenProfileFailsStartUpNamingTheAppsProfiles(CapturedOutput output) {
    assertThrows(RuntimeException.class, () -> start("hubspot.client-secret=s3cr3t-value"));

    assertTrue(
        output
            .getAll()
            .contains(
                "No HubSpot profile chosen: hubspot.profile is not set, and none of the app's "
                    + "profiles [local, prod] is an active Spring profile (active: [])"),
        output.getAll());
    assertTrue(
        output
            .getAll()
            .contains(
                "Set hubspot.profile to one of [local, prod], or activate exactly one of them"
                    + " as a Spring profile."),
        output.getAll());
    assertTrue(!output.getAll().contains("s3cr3t-value"), "the client secret was logged");
  }

  @Test
  void aProfileTheAppDoesNotDeclareFailsStartUp(CapturedOutput output) {
    assertThrows(
        RuntimeException.class, () -> start("hubspot.client-secret=s", "hubspot.profile=staging"));

    assertTrue(
        output.getAll().contains("hubspot.profile is staging, which the app does not declare"),
        output.getAll());
  }

  @Test
  void aMissingHandlerBeanFailsStartUpNamingItsType(CapturedOutput output) {
    assertThrows(
        RuntimeException.class,
        () ->
            new SpringApplicationBuilder(WithoutInvoices.class)
                .web(WebApplicationType.NONE)
                .properties("hubspot.client-secret=s", "hubspot.profile=local")
                .run()
                .close());

    assertTrue(
        output
            .getAll()
            .contains(
                "required a bean of type 'com.acme.invoicesync.Invoices' that could not be"
                    + " found"),
        output.getAll());
  }

  @Test
  void theSpringProfileChoosesTheHubSpotProfile() {
    HubSpotSettings settings =
        new HubSpotSettings(new HubSpotProperties("s", null, null), List.of("cloud", "prod"));
    assertEquals("prod", settings.profile(List.of("local", "prod")));
    assertEquals("", settings.profile(List.of()));
    HubSpotSetupException both =
        assertThrows(
            HubSpotSetupException.class,
            () ->
                new HubSpotSettings(
                        new HubSpotProperties("s", null, null), List.of("local", "prod"))
                    .profile(List.of("local", "prod")));
    assertTrue(
        both.getMessage()
            .contains("several of the app's profiles are active Spring profiles: [local, prod]"),
        both.getMessage());
    HubSpotSetupException limit =
        assertThrows(
            HubSpotSetupException.class,
            () -> new HubSpotSettings(new HubSpotProperties("s", null, 0), List.of()));
    assertEquals("hubspot.max-body-bytes is 0, which no request body fits", limit.description());
  }

  private static void start(String... properties) {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(AcmeSpringApplication.class)
            .web(WebApplicationType.NONE)
            .properties(properties)
            .run()) {
      context.getBean(HubSpotEndpoints.class);
    }
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** The example's endpoints bean without the {@code Invoices} bean that handles them. */
  @org.springframework.boot.SpringBootConfiguration
  @org.springframework.boot.autoconfigure.EnableAutoConfiguration
  static class WithoutInvoices {

    @org.springframework.context.annotation.Bean
    HubSpotEndpoints hubSpotEndpoints(HubSpotSettings hubspot, Invoices invoices) {
      return new AcmeSpringApplication().hubSpotEndpoints(hubspot, invoices);
    }
  }
}
