import React, { useEffect, useState } from "react";
import { Alert, LoadingSpinner, Text, hubspot } from "@hubspot/ui-extensions";

// Shows the Acme invoice of the deal on the deal record. Data comes from Acme's API (permittedUrls.fetch).
hubspot.extend(({ context }) => <InvoiceStatus dealId={context.crm.objectId} />);

function InvoiceStatus({ dealId }: { dealId: number }) {
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    hubspot
      .fetch(`https://api.acme-invoicing.example/hubspot/deals/${dealId}/invoice`)
      .then((response) => response.json())
      .then((invoice) => setStatus(invoice.status))
      .catch((e) => setError(String(e)));
  }, [dealId]);

  if (error) {
    return <Alert title="Could not load the invoice" variant="error">{error}</Alert>;
  }
  return status === null ? <LoadingSpinner /> : <Text>Invoice status: {status}</Text>;
}
