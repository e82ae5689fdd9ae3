import React from "react";
import { Link, Text, hubspot } from "@hubspot/ui-extensions";

// The app's settings tab: where to manage the Acme account the app is connected to.
hubspot.extend(() => <SettingsPage />);

function SettingsPage() {
  return (
    <>
      <Text>Invoices are created in the Acme account connected during install.</Text>
      <Link href="https://acme-invoicing.example/settings/hubspot">Manage the connection in Acme</Link>
    </>
  );
}
