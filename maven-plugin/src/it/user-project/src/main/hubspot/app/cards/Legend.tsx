import React from "react";
import { Text } from "@hubspot/ui-extensions";

export const Legend = () => <Text>Legend</Text>;
