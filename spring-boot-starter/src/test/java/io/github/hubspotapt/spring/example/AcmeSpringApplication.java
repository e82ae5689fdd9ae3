package io.github.hubspotapt.spring.example;

import com.acme.invoicesync.AcmeInvoiceSyncAppEndpoints;
import com.acme.invoicesync.DealWebhooks;
import com.acme.invoicesync.Invoices;
import io.github.hubspotapt.runtime.HubSpotEndpoints;
import io.github.hubspotapt.spring.HubSpotSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The example app (Acme Invoice Sync) as a Spring Boot application: its deal webhooks and "Create Acme invoice"
 * workflow action, handled by the application's {@code Invoices} bean, served at the paths of the URLs that the
 * HubSpot profile declares. {@code hubspot.client-secret} and {@code hubspot.profile} (or an active Spring profile
 * {@code local} or {@code prod}) are all it needs.
 */
@SpringBootApplication
public class AcmeSpringApplication {

  /** Acme's invoices: the handler of the webhooks and of the workflow action. */
  @Bean
  Invoices invoices() {
    return new Invoices();
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
