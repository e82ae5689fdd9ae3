// hubspot-apt: put over HubSpot's src/lib/schemas.js when the parser is installed, the one file of the parser that
// is replaced. HubSpot's own version fetches, with an authenticated account, the JSON schemas that `config` is
// checked against (one per component type and platform version) from HubSpot's servers. Offline there are none, so
// every component type that the parser itself knows gets a schema that takes any object: all of the parser's other
// checks still run, only the fields inside `config` are left to HubSpot's servers (and to hubspot-apt's rules).
//
// The types are read from the parser's own table (Components, mapped to internal names as the parser maps them), so
// the list is exactly the installed version's. For 0.23.0 that is: APPLICATION, API_CLIENT, APP_EVENT, APP_FUNCTION,
// APP_OBJECT, APP_OBJECT_ASSOCIATION, CALLING, CARD, CRM_BULK_ACTION, MARKETING_EVENT, MCP_CLIENT, MCP_SERVER,
// MEDIA_BRIDGE, PAGE, REACT_THEME, SCIM_INTEGRATION, SETTINGS, TELEMETRY_CONFIG, THEME, VIDEO_CONFERENCING, WEBHOOKS,
// WEBHOOKS_JOURNAL, WORKFLOW_ACTION. A type outside the table still has no schema, and the parser rejects it as an
// unsupported type, as it does online.
import { Components } from './constants.js';
import { mapToInternalType } from './transform.js';

export async function getIntermediateRepresentationSchema() {
  return Object.fromEntries(Object.keys(Components).map(type => [mapToInternalType(type), { type: 'object' }]));
}
