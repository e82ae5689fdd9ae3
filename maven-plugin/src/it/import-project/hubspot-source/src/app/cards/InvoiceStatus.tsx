import { Text, hubspot } from "@hubspot/ui-extensions";

hubspot.extend(() => <Text>Invoice status</Text>);
