package com.acme.invoicesync;

import io.github.hubspotapt.runtime.action.ActionFailedException;
import io.github.hubspotapt.runtime.action.ActionHandler;
import io.github.hubspotapt.runtime.action.CallbackClient;
import io.github.hubspotapt.runtime.action.CallbackCompletion;
import io.github.hubspotapt.runtime.action.EnrolledObject;
import io.github.hubspotapt.runtime.action.ExecutionContext;
import io.github.hubspotapt.runtime.action.ExecutionResult;
import io.github.hubspotapt.runtime.event.AppEvents;
import io.github.hubspotapt.runtime.event.EventTarget;
import io.github.hubspotapt.runtime.oauth.AccessTokenSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Acme's invoices, in memory for the example: what the deal webhooks report, and the "Create Acme
 * invoice" workflow action, which creates the invoice and holds the workflow ({@code BLOCK}) until
 * Acme reports it paid. Then {@link #paid} completes the blocked execution with the action's output
 * and puts an "Invoice paid" app event on the deal's timeline, both with the account's refreshing
 * access token. A real app would call Acme's API here; the types are the ones the annotations
 * declare, so this class cannot return another action's output, read an input the action does not
 * have, or send a property the event does not declare.
 */
public final class Invoices
    implements DealWebhooks.InvoiceBook, ActionHandler<CreateInvoice, CreateInvoice.Created> {

  /** How long a workflow waits for a payment before it goes on without one. */
  static final Duration PAYMENT_TERM = Duration.ofDays(30);

  private final AtomicInteger numbers = new AtomicInteger();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final Map<String, Unpaid> unpaid = new ConcurrentHashMap<>();
  private final AccessTokenSource tokens;
  private final CallbackClient<CreateInvoice.Created> callbacks;
  private final AppEvents appEvents;
  private final HttpClient http = HttpClient.newHttpClient();

  /** An invoice whose workflow waits for its payment. */
  private record Unpaid(
      long portalId,
      String callbackId,
      long dealId,
      BigDecimal amount,
      CreateInvoice.Currency currency) {}

  /**
   * Invoices that reach HubSpot at {@code hubSpotApi} with the tokens of {@code tokens}.
   *
   * @param tokens each installed account's access token
   * @param hubSpotApi HubSpot's API ({@code https://api.hubapi.com}; a local stand-in in tests)
   */
  public Invoices(AccessTokenSource tokens, URI hubSpotApi) {
    this.tokens = tokens;
    this.callbacks =
        new CallbackClient<>(
            new CallbackCompletion<>(CreateInvoice_Execution::write, hubSpotApi), tokens);
    this.appEvents = new AppEvents(hubSpotApi);
  }

  @Override
  public void dealWon(long dealId) {
    events.add("won " + dealId);
  }

  @Override
  public void dealDeleted(long dealId) {
    events.add("deleted " + dealId);
  }

  /**
   * Creates the invoice and holds the workflow until it is paid (or the payment term ends).
   *
   * @throws ActionFailedException when the execution has no enrolled deal: HubSpot may run an
   *     action without a record (an agent, a standalone run), and an invoice needs one. The 422 it
   *     answers is a failure HubSpot records and does not retry, where a NullPointerException would
   *     be a 500 that HubSpot retries for three days.
   */
  @Override
  public ExecutionResult<CreateInvoice.Created> execute(
      CreateInvoice input, ExecutionContext context) {
    EnrolledObject deal = context.object();
    if (deal == null) {
      throw new ActionFailedException(
          "an Acme invoice is created for a deal, and this execution has no enrolled deal");
    }
    String number = "A-" + numbers.incrementAndGet();
    long dealId = deal.objectId();
    unpaid.put(
        number,
        new Unpaid(
            context.portalId(), context.callbackId(), dealId, input.amount(), input.currency()));
    events.add(
        "invoice "
            + number
            + " "
            + input.amount().toPlainString()
            + " "
            + input.currency()
            + " for "
            + deal.objectType()
            + " "
            + dealId);
    return ExecutionResult.block(PAYMENT_TERM);
  }

  /**
   * Acme reports an invoice paid: its workflow goes on with the invoice number, and the deal's
   * timeline shows it.
   *
   * @param invoiceNumber the invoice
   * @param paidOn the day it was paid
   * @throws IOException when the app event could not be sent
   * @throws InterruptedException when interrupted while sending it
   */
  public void paid(String invoiceNumber, LocalDate paidOn)
      throws IOException, InterruptedException {
    Unpaid invoice = unpaid.remove(invoiceNumber);
    if (invoice == null) {
      throw new IllegalArgumentException("no unpaid invoice " + invoiceNumber);
    }
    callbacks.complete(
        invoice.portalId(),
        invoice.callbackId(),
        ExecutionResult.success(new CreateInvoice.Created(invoiceNumber)));
    HttpResponse<Void> sent =
        http.send(
            appEvents.send(
                InvoicePaid_Occurrence.of(
                    "invoice-" + invoiceNumber + "-paid",
                    EventTarget.objectId(invoice.dealId()),
                    new InvoicePaid(invoiceNumber, invoice.amount(), invoice.currency(), paidOn)),
                tokens.accessToken(invoice.portalId())),
            HttpResponse.BodyHandlers.discarding());
    if (sent.statusCode() / 100 != 2) {
      throw new IOException(
          "HubSpot answered the app event of " + invoiceNumber + " with " + sent.statusCode());
    }
    events.add("paid " + invoiceNumber);
  }

  /** What happened, in order: for the example's tests and its console. */
  public List<String> events() {
    return List.copyOf(events);
  }
}
