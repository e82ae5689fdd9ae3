package com.acme.invoicesync;

import io.github.hubspotapt.runtime.action.ActionHandler;
import io.github.hubspotapt.runtime.action.ExecutionContext;
import io.github.hubspotapt.runtime.action.ExecutionResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Acme's invoices, in memory for the example: what the deal webhooks report, and the "Create Acme invoice" workflow
 * action. A real app would call Acme's API here; the types are the ones the annotations declare, so this class cannot
 * return another action's output or read an input the action does not have.
 */
public final class Invoices implements DealWebhooks.InvoiceBook, ActionHandler<CreateInvoice, CreateInvoice.Created> {

  private final AtomicInteger numbers = new AtomicInteger();
  private final List<String> events = new CopyOnWriteArrayList<>();

  @Override
  public void dealWon(long dealId) {
    events.add("won " + dealId);
  }

  @Override
  public void dealDeleted(long dealId) {
    events.add("deleted " + dealId);
  }

  @Override
  public ExecutionResult<CreateInvoice.Created> execute(CreateInvoice input, ExecutionContext context) {
    String number = "A-" + numbers.incrementAndGet();
    events.add("invoice " + number + " " + input.amount().toPlainString() + " " + input.currency() + " for "
        + context.object().objectType() + " " + context.object().objectId());
    return ExecutionResult.success(new CreateInvoice.Created(number));
  }

  /** What happened, in order: for the example's tests and its console. */
  public List<String> events() {
    return List.copyOf(events);
  }
}
