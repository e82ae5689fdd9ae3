package io.github.hubspotapt.spring.example;

import com.acme.invoicesync.AcmeInvoiceSyncAppEndpoints;
import com.acme.invoicesync.DealWebhooks;
import com.acme.invoicesync.Invoices;
import io.github.hubspotapt.runtime.HubSpotEndpoints;
import io.github.hubspotapt.runtime.oauth.AccessTokens;
import io.github.hubspotapt.runtime.oauth.InMemoryTokenStore;
import io.github.hubspotapt.runtime.oauth.TokenClient;
import io.github.hubspotapt.spring.HubSpotSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The example app (Acme Invoice Sync) as a Spring Boot application: its deal webhooks and "Create
 * Acme invoice" workflow action, handled by the application's {@code Invoices} bean, served at the
 * paths of the URLs that the HubSpot profile declares. {@code hubspot.client-secret} and {@code
 * hubspot.profile} (or an active Spring profile {@code local} or {@code prod}) are all it needs.
 */
@SpringBootApplication
public class AcmeSpringApplication {

  /**
   * Each installed account's refreshing access token; the install flow ({@code InstallServer}) puts
   * the tokens in, this example keeps them in memory.
   */
  @Bean
  AccessTokens accessTokens(
      HubSpotSettings hubspot, @Value("${hubspot.client-id:acme-example}") String clientId) {
    return new AccessTokens(
        TokenClient.builder(clientId, hubspot.clientSecret()).build(), new InMemoryTokenStore());
  }

  /** Acme's invoices: the handler of the webhooks and of the workflow action. */
  @Bean
  Invoices invoices(AccessTokens tokens) {
    return new Invoices(tokens, TokenClient.HUBSPOT_API);
  }

  /** What HubSpot's requests reach, built by the code generated from the example's annotations. */
  @Bean
  public HubSpotEndpoints hubSpotEndpoints(HubSpotSettings hubspot, Invoices invoices) {
    return AcmeInvoiceSyncAppEndpoints.builder()
        .clientSecret(hubspot.clientSecret())
        .profile(hubspot.profile(AcmeInvoiceSyncAppEndpoints.PROFILES))
        .dealWebhooks(new DealWebhooks(invoices))
        .createInvoice(invoices)
        .build();
  }

  public static void main(String[] args) {
    SpringApplication.run(AcmeSpringApplication.class, args);
  }
}
