import React from "react";
import { Text, hubspot } from "@hubspot/ui-extensions";

hubspot.extend(() => <Text>Deal insights, first version</Text>);
